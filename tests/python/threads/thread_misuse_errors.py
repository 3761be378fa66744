# The RuntimeErrors CPython raises for misuse of Thread.
import threading

def job():
    pass

t = threading.Thread(target=job)
try:
    t.join()
except RuntimeError as e:
    print("join before start:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)
t.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join current:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("daemon after start:", e)
try:
    threading.Thread(target=job, daemon=True).start()
    print("daemon thread started")
except RuntimeError as e:
    print("unexpected:", e)
