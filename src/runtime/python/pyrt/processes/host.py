"""The JS side of processes (src/runtime/processes/service.ts), as plain Python calls.

Every blocking call suspends only the calling thread, through pyrt.blocking.wait_for. Times
are seconds here (None: forever) and milliseconds on the wire (-1: forever, 0: don't wait).
terminate()/kill() end the process with Terminated (see child.py).
"""
import errno
import itertools
import math
import os
import sys

import pyrt_processes_js as _js
from pyodide.ffi import JsException, JsProxy, to_js

from .. import runner
from ..blocking import wait_for

EMPTY, EOF = 0, 1

# The calls of every put and get, looked up once: an attribute of the JS module costs ~2 us.
_put, _put_at, _get, _take = _js.put, _js.put_at, _js.get, _js.take


terminating = 0            # the signal terminate()/kill() sent, once it arrived
terminate_delivered = False  # Terminated was raised in the main thread


class Terminated(SystemExit):
    """This process is being ended by terminate()/kill() (SIGTERM/SIGKILL in CPython).

    A SystemExit with code -signal: BaseProcess._bootstrap turns it into that exit code and
    prints nothing, while `except Exception` in the program lets it through."""

    def __init__(self, sig):
        super().__init__(-sig)
        self.sig = sig


# Set by shared_memory while this process has a SharedMemory block open: called at every
# point where processes synchronise (see shared_memory.py).
sync_shared_memory = None


def _wait(promise, what):
    if sync_shared_memory is None:
        return wait_for(promise, what)
    sync_shared_memory()
    try:
        return wait_for(promise, what)
    finally:
        sync_shared_memory()


def ms(timeout):
    if timeout is None:
        return -1
    if timeout <= 0:
        return 0
    return max(1, math.ceil(timeout * 1000))


def _value(v):
    """JS null/undefined -> None; numbers stay numbers; a Uint8Array -> bytes."""
    if v is None or type(v).__name__ == "JsNull":
        return None
    if isinstance(v, JsProxy):
        if hasattr(v, "to_bytes"):
            return v.to_bytes()
        return v.to_py()
    return v


_numbers = itertools.count(1)


def new_channel():
    """A channel (or segment) id unique in the group: this process's pid, then a counter."""
    return os.getpid() * 1_000_000 + next(_numbers)


def reset_ids():
    global _numbers
    _numbers = itertools.count(1)


def identity():
    """dict(pid, ppid, name, cpus, child) of this interpreter's run, or None outside a group:
    it comes with the run's request (no call into JS)."""
    return runner.current_request().get("process")


def payload():
    return _value(_js.payload())


def linked():
    return bool(_js.linked())


def shared_memory_usable():
    return bool(_js.shared_memory())


def exiting(status):
    """os._exit(status) is about to end this interpreter: hand out its output and exit code."""
    _js.exiting(status)


def spawn(data, name, writers=()):
    """Start a child with its pickled process object; `writers`: Pipe write ends it holds."""
    try:
        return int(_wait(_js.spawn(data, name, to_js(list(writers))), "Process.start()"))
    except JsException as e:   # the group said no (too many processes)
        raise OSError(errno.EAGAIN, "Resource temporarily unavailable: %s" % str(e).removeprefix("Error: ")) from None


def wait(pid, timeout, what="Process.join()"):
    code = _value(_wait(_js.wait(pid, ms(timeout)), what))
    return None if code is None else int(code)


def kill(pid, sig):
    _js.kill(pid, sig)


def signaled():
    """terminate()/kill() reached this process: the group has its files from now on."""
    _js.signaled()


def _find_bytes_offset():
    """Where a bytes object's data starts, counted from its id() (its address in wasm memory):
    JS copies a put's message straight from there, since handing it bytes makes a proxy (4-8 us,
    most of a put). Checked once on a probe; None (hand over bytes) if the layout is not this."""
    probe = b"pyrt: where do a bytes object's data start?"
    at = sys.getsizeof(b"") - 1   # the header before ob_sval (getsizeof counts the final NUL)
    return at if _js.bytes_at_ok(id(probe) + at, probe) else None


_bytes_offset = _find_bytes_offset()


def put(ch, data, maxsize=0, timeout=None):
    """Unbounded: sent at once. Bounded: waits for room; False if it timed out."""
    if maxsize <= 0:
        if sync_shared_memory is not None:
            sync_shared_memory()
        if type(data) is bytes and _bytes_offset is not None:
            _put_at(ch, id(data) + _bytes_offset, len(data))   # data lives until this returns
        else:
            _put(ch, data, 0, 0)
        return True
    return bool(_wait(_put(ch, data, maxsize, ms(timeout)), "Queue.put()"))


def get(ch, timeout=None, what="Queue.get()"):
    """The next message (bytes), or EMPTY (timed out) or EOF (every writer closed)."""
    if sync_shared_memory is None:
        # A message the group said is waiting comes at once, without suspending this thread.
        taken = _take(ch)
        if taken is not None:
            return taken if type(taken) is int else taken.to_bytes()   # EOF, or the message
    return _value(_wait(_get(ch, ms(timeout), False), what))


def poll(ch, timeout=0.0):
    """True when a message waits or every writer closed (recv would not block)."""
    reply = _value(_wait(_get(ch, ms(timeout), True), "Connection.poll()"))
    return reply is True or reply == EOF


def size(ch):
    return int(_wait(_js.size(ch), "Queue.qsize()"))


def open_writer(ch):
    _js.open(ch)


def close_writer(ch):
    _js.close(ch)


def adopt_writer(ch, sender):
    _js.adopt(ch, sender)


def task_done(ch):
    return bool(_wait(_js.task_done(ch), "JoinableQueue.task_done()"))


def join(ch):
    _wait(_js.join(ch), "JoinableQueue.join()")


def select(items, timeout):
    """Indexes of the ready items: ('chan', id) readable, ('proc', pid) ended."""
    reply = _wait(_js.select(to_js([list(i) for i in items]), ms(timeout)), "multiprocessing.connection.wait()")
    return [int(i) for i in reply]
