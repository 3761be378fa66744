# The argument checks of Lock, RLock, Semaphore, Event and Condition, with CPython's messages.
import threading
import time

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

lock = threading.Lock()
attempt("acquire(False, 1)", lambda: lock.acquire(False, 1))
attempt("acquire(timeout=-1)", lambda: lock.acquire(timeout=-1))
attempt("locked()", lock.locked)
attempt("acquire(blocking=False)", lambda: lock.acquire(blocking=False))
attempt("acquire(timeout=0.01)", lambda: lock.acquire(timeout=0.01))
attempt("release()", lock.release)
attempt("release() again", lock.release)
attempt("acquire(timeout=1e100)", lambda: lock.acquire(timeout=1e100))
attempt("acquire(timeout=nan)", lambda: lock.acquire(timeout=float("nan")))
attempt("acquire(timeout=9223372036.8)", lambda: lock.acquire(timeout=9223372036.8))
attempt("release()", lock.release)
attempt("sleep(nan)", lambda: time.sleep(float("nan")))
attempt("sleep(-1e100)", lambda: time.sleep(-1e100))
attempt("sleep(-0.5)", lambda: time.sleep(-0.5))
attempt("sleep(True)", lambda: time.sleep(True is False))

r = threading.RLock()
attempt("RLock release unowned", r.release)
attempt("RLock acquire(False, 1)", lambda: r.acquire(False, 1))
r.acquire(); r.acquire()
attempt("RLock repr count", lambda: "count=2" in repr(r))
r.release(); r.release()

attempt("Semaphore(-1)", lambda: threading.Semaphore(-1))
s = threading.Semaphore(0)
attempt("Semaphore acquire(False, 1)", lambda: s.acquire(False, 1))
attempt("Semaphore release(0)", lambda: s.release(0))
attempt("Semaphore acquire(timeout=0.01)", lambda: s.acquire(timeout=0.01))
b = threading.BoundedSemaphore(1)
attempt("BoundedSemaphore over-release", b.release)

c = threading.Condition()
attempt("Condition.wait unowned", lambda: c.wait(0.01))
attempt("Condition.notify unowned", c.notify)
with c:
    attempt("Condition.wait(0.01)", lambda: c.wait(0.01))
    attempt("Condition.wait_for(lambda: 3, 0.01)", lambda: c.wait_for(lambda: 3, 0.01))
e = threading.Event()
attempt("Event.wait(0.01)", lambda: e.wait(0.01))
attempt("Event.wait(-1)", lambda: e.wait(-1))
