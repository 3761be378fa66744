# Timer runs its function once after the interval, with args and kwargs, in its own thread.
import threading
import time

fired = []

def callback(a, *, b):
    fired.append((a, b, threading.current_thread() is timer))

timer = threading.Timer(0.1, callback, args=(1,), kwargs={"b": 2})
print("is a Thread:", isinstance(timer, threading.Thread))
start = time.monotonic()
timer.start()
print("not yet:", fired)
timer.join()
print("fired:", fired, "after the interval:", time.monotonic() - start >= 0.09)
