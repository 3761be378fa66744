# requires: 3.13
# time.sleep and Lock.acquire read their seconds as CPython 3.13+ does (_PyTime_FromSecondsObject):
# an int or a float, with "'T' object cannot be interpreted as an integer or float" for anything
# else (a fully qualified type name), and the PyTime_t overflow for a huge int.
import threading
import time


class Seconds:
    def __float__(self):
        return 0.01


lock = threading.Lock()
for value in ("1", None, Seconds(), 10**30):
    for name, call in (("sleep", time.sleep), ("acquire", lambda t: lock.acquire(timeout=t))):
        try:
            call(value)
            print(name, "accepted", type(value).__name__)
        except Exception as e:
            print(name, type(value).__name__, "->", type(e).__name__ + ":", e)
