# Lock: acquire/release, locked(), non-blocking acquire, context manager, and its errors.
import threading

lock = threading.Lock()
print("locked at first:", lock.locked())
print("acquire:", lock.acquire())
print("locked:", lock.locked())
print("non-blocking acquire while held:", lock.acquire(blocking=False))
print("timeout=0 acquire while held:", lock.acquire(timeout=0))
lock.release()
print("locked after release:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("release unlocked:", e)
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("timeout with blocking=False:", e)
try:
    lock.acquire(timeout=-5)
except ValueError:
    print("negative timeout: ValueError")
print("timeout=-1 means forever:", lock.acquire(timeout=-1))
lock.release()
print("same type as allocate_lock:", type(lock) is type(threading._allocate_lock()))
