# Event.wait(timeout) returns False on timeout and True when set in time.
import threading
import time

event = threading.Event()
start = time.monotonic()
print("timed out:", event.wait(0.1), time.monotonic() - start >= 0.09)
threading.Timer(0.05, event.set).start()
start = time.monotonic()
print("set in time:", event.wait(5), time.monotonic() - start < 2)
