# A timed acquire on a lock held by another thread gives up after the timeout; a release wakes it.
import threading
import time

lock = threading.Lock()
results = {}

def try_for(timeout, key):
    start = time.monotonic()
    got = lock.acquire(timeout=timeout)
    results[key] = (got, time.monotonic() - start)
    if got:
        lock.release()

lock.acquire()
t = threading.Thread(target=try_for, args=(0.1, "held"))
t.start()
t.join()
got, waited = results["held"]
print("acquired while held:", got)
print("waited for the timeout:", 0.09 <= waited < 1.0)

t = threading.Thread(target=try_for, args=(5, "released"))
t.start()
time.sleep(0.1)
lock.release()
t.join()
got, waited = results["released"]
print("acquired after release:", got)
print("woke on release, not at the timeout:", waited < 2)
