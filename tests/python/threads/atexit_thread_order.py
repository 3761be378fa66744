# Interpreter shutdown order: the main thread ends, non-daemon threads are joined, then atexit
# handlers run (last registered first); a daemon thread still sleeping is simply dropped.
import atexit
import threading
import time

def late_worker():
    time.sleep(0.05)
    print("worker finished (before any atexit handler)")

def daemon_worker():
    time.sleep(10)
    print("never printed")

atexit.register(print, "atexit: registered first, runs last")
atexit.register(lambda: print("atexit: registered second, runs first; alive threads:",
                              sorted(t.name for t in threading.enumerate())))
threading.Thread(target=late_worker, name="late").start()
threading.Thread(target=daemon_worker, name="sleepy", daemon=True).start()
print("main thread done")
