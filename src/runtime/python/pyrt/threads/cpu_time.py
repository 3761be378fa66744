"""time.thread_time for green threads: the CPU time of the calling thread alone.

Every green thread runs on the one real thread, whose CPU clock would count them all (and
Pyodide has no thread_time at all). The scheduler says when a thread stops running (it parks
or yields) and when one starts; this module keeps each thread's total. Accounting starts at a
run's first thread_time() call, so switches pay nothing in runs that never ask: thread_time's
values only mean something as differences, and from that call on they are exact.
"""
from time import perf_counter

on = False        # accounting (the scheduler's hot paths read this)
_used = {}        # ident -> seconds it ran since accounting began
_since = 0.0      # when the running thread last started running


def reset():
    global on
    on = False
    _used.clear()


def stopped(ident):
    """The running thread `ident` parks or yields."""
    _used[ident] = _used.get(ident, 0.0) + (perf_counter() - _since)


def started():
    """A thread starts or resumes running."""
    global _since
    _since = perf_counter()


def thread_time():
    global on, _since
    from .scheduler import current
    now = perf_counter()
    if not on:
        on = True
        _used.clear()
        _since = now
    return _used.get(current, 0.0) + (now - _since)


def thread_time_ns():
    return int(thread_time() * 1e9)
