# signal handlers run in the main thread; signal() from another thread is a ValueError.
import signal
import threading
import os

got = []
def handler(signum, frame):
    got.append((signum == signal.SIGUSR1, threading.current_thread() is threading.main_thread()))

old = signal.signal(signal.SIGUSR1, handler)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)

def other():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as e:
        print("ValueError:", e)
t = threading.Thread(target=other)
t.start(); t.join()
signal.signal(signal.SIGUSR1, old)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
