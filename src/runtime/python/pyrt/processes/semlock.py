"""`_multiprocessing` for this runtime: the SemLock that multiprocessing.synchronize builds on.

The semaphore's value is an int32 in a shared segment, taken with compare-and-swap and waited
on with Atomics.waitAsync. As in CPython, the recursion count and owner of a SemLock are
per process (the object), the value is shared.
"""
import threading
import time
import types

from . import host, shm

SEM_VALUE_MAX = 2147483647
RECURSIVE_MUTEX, SEMAPHORE = 0, 1


class SemLock:
    SEM_VALUE_MAX = SEM_VALUE_MAX

    def __init__(self, kind, value, maxvalue, name, unlink):
        if kind not in (RECURSIVE_MUTEX, SEMAPHORE):
            raise ValueError("unrecognized kind")
        if value < 0 or value > maxvalue:
            raise ValueError("invalid value")
        self._setup(shm.new(4), kind, maxvalue)
        shm.store(self.handle, 0, value)

    @classmethod
    def _rebuild(cls, handle, kind, maxvalue, name):
        self = cls.__new__(cls)
        self._setup(shm.ensure(handle), kind, maxvalue)
        return self

    def _setup(self, handle, kind, maxvalue):
        self.handle = handle
        self.kind = kind
        self.maxvalue = maxvalue
        self.name = None          # never a named semaphore: nothing to unlink or track
        self._count_ = 0
        self._last_tid = None

    def _after_fork(self):
        self._count_ = 0

    def _is_mine(self):
        return self._count_ > 0 and self._last_tid == threading.get_ident()

    def _count(self):
        return self._count_

    def _get_value(self):
        return shm.load(self.handle, 0)

    def _is_zero(self):
        return shm.load(self.handle, 0) == 0

    def acquire(self, block=True, timeout=None):
        if self.kind == RECURSIVE_MUTEX and self._is_mine():
            self._count_ += 1
            return True
        deadline = None if timeout is None else time.monotonic() + max(0.0, timeout)
        while True:
            v = shm.load(self.handle, 0)
            if v > 0:
                if shm.cas(self.handle, 0, v, v - 1) == v:
                    break
                continue
            if not block:
                return False
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return False
            shm.wait_while(self.handle, 0, 0, left)
        self._count_ += 1
        self._last_tid = threading.get_ident()
        if host.sync_shared_memory is not None:
            host.sync_shared_memory()
        return True

    def release(self):
        if self.kind == RECURSIVE_MUTEX:
            if not self._is_mine():
                raise AssertionError("attempt to release recursive lock not owned by thread")
            if self._count_ > 1:
                self._count_ -= 1
                return
        elif shm.load(self.handle, 0) >= self.maxvalue:
            raise ValueError("semaphore or lock released too many times")
        if host.sync_shared_memory is not None:
            host.sync_shared_memory()
        shm.add(self.handle, 0, 1)
        shm.notify(self.handle, 0, 1)
        self._count_ -= 1

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


def sem_unlink(name):
    pass


def module():
    m = types.ModuleType("_multiprocessing")
    m.SemLock = SemLock
    m.sem_unlink = sem_unlink
    m.flags = {}
    return m
