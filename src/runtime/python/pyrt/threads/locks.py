"""_thread.lock and _thread.RLock for green threads, with CPython's semantics and reprs.

A lock also remembers which thread holds it (CPython's does not): deadlock reports say
"held by Thread-2". Waiters queue FIFO; release hands the lock to nobody in particular,
it only wakes the first waiter, which retries, as with CPython's locks.
"""
from collections import deque
from time import monotonic

from . import scheduler as _s


def _check_timeout(blocking, timeout):
    if timeout != -1:
        _s.seconds(timeout)     # its TypeError, NaN and overflow checks come first, as in CPython
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be a non-negative number")
    if timeout > _PY_TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")


TIMEOUT_MAX = 9223372036.0     # CPython's value on 64-bit Linux (PY_TIMEOUT_MAX in seconds)
_PY_TIMEOUT_MAX = 9223372036.854775   # what acquire() accepts: PY_TIMEOUT_MAX microseconds


class LockType:
    __slots__ = ("_locked", "_waiters", "_owner", "__weakref__")

    def __init__(self):
        self._locked = False
        self._waiters = None
        self._owner = None

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock; block (only this thread) until it is free, or `timeout` seconds.

        Returns True if acquired, False if not (non-blocking or timed out)."""
        if timeout != -1:           # (with no timeout, blocking needs no check)
            _check_timeout(blocking, timeout)
        # Fast path: no call and no back-edge between test and set, so the time slice
        # (our preemption point) cannot end in between: as atomic as CPython's.
        if not self._locked:
            self._locked = True
            self._owner = _s.current
            return True
        if not blocking:
            return False
        return self._acquire_slow(timeout)

    def _acquire_slow(self, timeout):
        deadline = None if timeout == -1 else monotonic() + timeout
        rec = _s.current_rec
        if self._waiters is None:
            self._waiters = deque()
        waiters = self._waiters
        waiters.append(rec)
        try:
            while True:
                if deadline is None:
                    remaining = None
                else:
                    remaining = deadline - monotonic()
                    if remaining <= 0:
                        return False
                _s.park(self, remaining, self._owner)
                if not self._locked:
                    self._locked = True
                    self._owner = _s.current
                    return True
        finally:
            try:
                waiters.remove(rec)
            except ValueError:
                pass

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False
        self._owner = None
        if self._waiters:
            _s.unpark(self._waiters[0])

    # `with lock:` is acquire() and release() with no call in between: each Python call costs
    # about 0.1 us in wasm, and Queue and Condition make a dozen of these per hand-off.
    __enter__ = acquire

    def __exit__(self, *exc):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False
        self._owner = None
        if self._waiters:
            _s.unpark(self._waiters[0])

    def locked(self):
        return self._locked

    def _at_fork_reinit(self):
        self._locked = False
        self._owner = None
        self._waiters = None

    def __reduce__(self):
        raise TypeError("cannot pickle '_thread.lock' object")

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % (
            "locked" if self._locked else "unlocked", id(self))

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked


LockType.__module__ = "_thread"
LockType.__qualname__ = LockType.__name__ = "lock"


class RLock:
    """Reentrant lock: the owning thread may acquire it again; release as often as acquired."""
    __slots__ = ("_block", "_owner", "_count", "__weakref__")

    def __init__(self, *args, **kwargs):
        self._block = LockType()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = _s.current
        if self._owner == me:
            self._count += 1
            return True
        # self._block.acquire(blocking, timeout), its fast path inlined (see LockType.__enter__)
        if timeout != -1:
            _check_timeout(blocking, timeout)
        block = self._block
        if not block._locked:
            block._locked = True
            block._owner = me
        elif not blocking or not block._acquire_slow(timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != _s.current:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, *exc):
        if self._owner != _s.current:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def locked(self):
        return self._block.locked()

    def _is_owned(self):
        return self._owner == _s.current

    def _recursion_count(self):
        return self._count if self._owner == _s.current else 0

    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._block._at_fork_reinit()
        self._owner = None
        self._count = 0

    def __reduce__(self):
        raise TypeError("cannot pickle '_thread.RLock' object")

    def __repr__(self):
        return "<%s _thread.RLock object owner=%d count=%d at %#x>" % (
            "locked" if self._block.locked() else "unlocked",
            self._owner or 0, self._count, id(self))


RLock.__module__ = "_thread"
