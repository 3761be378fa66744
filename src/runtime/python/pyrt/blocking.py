"""Blocking on JavaScript from Python: the one way runtime code waits for a JS promise.

wait_for(promise, what) suspends the calling (green) thread until the promise settles and
returns its value (or raises its error). Other threads keep running meanwhile. `what` names
the wait in deadlock reports ("Queue.get on <Queue>"). The threads service replaces
`_suspend` at install so that the scheduler knows this thread is waiting on the outside world
(such a wait never counts as a deadlock: the outside world may still answer).
"""
from pyodide.ffi import run_sync as _run_sync


def _suspend(promise, what):
    return _run_sync(promise)


def wait_for(promise, what=None):
    """Block the calling thread until `promise` settles; return its result.

    Raises whatever the promise rejects with (as a JsException), or KeyboardInterrupt if the
    reader presses Stop meanwhile."""
    return _suspend(promise, what)
