# join(timeout) returns when the timeout expires; the thread is still alive; join() waits it out.
import threading
import time

release = threading.Event()

def work():
    release.wait()

t = threading.Thread(target=work)
t.start()
start = time.monotonic()
t.join(timeout=0.1)
waited = time.monotonic() - start
print("returned None:", t.join(timeout=0) is None)
print("alive after timed join:", t.is_alive())
print("waited at least the timeout:", waited >= 0.09)
print("did not wait much longer:", waited < 1.0)
release.set()
t.join()
print("alive after join():", t.is_alive())
t.join(timeout=5)  # joining a finished thread returns at once
print("second join fine")
