"""Ending the threads a run leaves behind, so that the next run can reuse the interpreter.

CPython drops daemon threads at exit, and a deadlocked or stopped program's threads die with
its process. Here their stacks would stay suspended for good, and the worker used to replace
the whole interpreter: a new Pyodide, seconds of the next run's time. Most such threads are
parked (a daemon worker on queue.get(), a Manager's server, the threads of a deadlock), so
each is woken with ThreadUnwind (a SystemExit) raised where it waits, and its stack unwinds
to its bottom. What they print meanwhile is dropped: CPython's dropped threads print nothing
more. A thread that is running (preempted mid-computation) or that will not end (it catches
the exception and waits again) still leaves the interpreter to be replaced.
"""
import io
import sys

from . import scheduler as _s

ROUNDS = 50     # turns the main thread yields for them to finish unwinding


def unwind(left):
    """End the records in `left`; True when none of them is alive any more."""
    if _s.current != _s.MAIN_IDENT or not _s.in_green_stack():
        return False
    if any(r.waiter is None and r.cancel is None for r in left):
        return False            # running user code (it was preempted): it would go on
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = io.StringIO()
    _s.unwinding = True
    try:
        for rec in left:
            _s.wake_to_unwind(rec)
        for _ in range(ROUNDS):
            if not any(r.ident in _s.threads for r in left):
                break
            _s.yield_now()
        return not any(r.ident in _s.threads for r in left)
    finally:
        _s.unwinding = False
        sys.stdout, sys.stderr = saved
