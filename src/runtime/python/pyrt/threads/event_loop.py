"""asyncio's own event loop, run by a green thread.

CPython's selector loop (ready queue, timer heap, _run_once) is kept whole; only what it waits
on changes. Where CPython blocks in select() on sockets and a self-pipe, GreenEventLoop parks
the thread that runs it until the next timer is due or another thread hands it work
(call_soon_threadsafe). So the loop behaves as CPython's does in every respect a program can
see: asyncio.run makes a new loop and closes it, get_running_loop() fails outside one,
asyncio.Runner works, callbacks and timers run in CPython's order, a coroutine that blocks
blocks its loop's thread, and loops run in several threads at once.

Sockets and pipes do not exist in the browser: the selector refuses to register any. TCP
between the program's own tasks and threads runs on an in-memory loopback (loopback.py).
"""
import asyncio
import asyncio.events as _events
import asyncio.selector_events as _selector_events
import asyncio.unix_events as _unix_events
import errno
import itertools
import linecache
import math
import re
import selectors
import signal
import sys

from _asyncio import _set_running_loop

from ..runner import _RUNTIME_DIR, _STDLIB
from . import loopback
from . import scheduler as _s


class LoopIdle:
    """What a thread parked in its event loop waits for (named in a deadlock report)."""
    __slots__ = ("loop",)

    def __init__(self, loop):
        self.loop = loop

    def __str__(self):
        tasks = sorted((t for t in asyncio.all_tasks(self.loop) if not t.done()),
                       key=lambda t: (len(t.get_name()), t.get_name()))
        if not tasks:
            return "its event loop to get a callback (none is scheduled)"
        lines = ["its event loop, where every task waits:"]
        lines += ["        %s" % _task_where(t) for t in tasks[:6]]
        if len(tasks) > 6:
            lines.append("        (and %d more)" % (len(tasks) - 6))
        return "\n".join(lines)


def task_location(task):
    """'line 9 in worker(): await lock_b.acquire()': the innermost await of `task` in the
    reader's code, or None (a suspended coroutine's frame lives on the heap: safe to read)."""
    where = None
    coro = task.get_coro()
    while coro is not None:
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        if frame is not None:
            name = frame.f_code.co_filename
            if not name.startswith(_RUNTIME_DIR) and not name.startswith(_STDLIB):
                where = frame
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
    if where is None:
        return None
    line = linecache.getline(where.f_code.co_filename, where.f_lineno).strip()
    return "line %d in %s(): %s" % (where.f_lineno, where.f_code.co_name, line)


def _task_where(task):
    location = task_location(task)
    return "%s at %s" % (task.get_name(), location) if location else task.get_name()


class ParkingSelector(selectors.BaseSelector):
    """select() parks the calling green thread; wake() is the self-pipe's write."""

    def __init__(self, loop):
        self._idle = LoopIdle(loop)
        self._parked = None      # the record of the thread parked in select(), if any
        self._woken = False      # a wake() came while nobody was parked: don't park next time

    def select(self, timeout=None):
        if self._woken:
            self._woken = False
            return []
        if timeout is not None and timeout <= 0:
            return []
        if not _s.in_green_stack():    # run from a JS callback: it cannot suspend
            _s._busy_sleep(timeout or 0)
            return []
        if timeout is not None:
            # As EpollSelector (Linux's DefaultSelector) does: whole milliseconds, rounded up,
            # so timers due within the same millisecond run in one iteration, as in CPython.
            timeout = math.ceil(timeout * 1e3) * 1e-3
        self._parked = _s.current_rec
        try:
            _s.park(self._idle, timeout)
        finally:
            self._parked = None
            self._woken = False
        return []

    def wake(self):
        rec = self._parked
        if rec is not None and rec.waiter is not None:
            _s.unpark(rec)
        else:
            self._woken = True

    def register(self, fileobj, events, data=None):
        raise OSError("sockets and pipes are not available in the browser's Python")

    def unregister(self, fileobj):
        raise KeyError(fileobj)

    def get_map(self):
        return {}

    def close(self):
        self._parked = None


_task_numbers = itertools.count(1)


class GreenEventLoop(_selector_events.BaseSelectorEventLoop):
    """CPython's selector event loop over a ParkingSelector (see the module's docstring)."""

    def __init__(self):
        super().__init__(ParkingSelector(self))
        self._signal_handlers = {}

    # Signal handlers, as _UnixSelectorEventLoop has them. CPython's C handler writes the
    # signal's number to the loop's self-pipe; here a Python handler queues the callback and
    # wakes the loop. The checks and the removal are the stdlib's own.
    _check_signal = _unix_events._UnixSelectorEventLoop._check_signal
    _handle_signal = _unix_events._UnixSelectorEventLoop._handle_signal
    remove_signal_handler = _unix_events._UnixSelectorEventLoop.remove_signal_handler

    def add_signal_handler(self, sig, callback, *args):
        if asyncio.iscoroutine(callback) or asyncio.iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        self._check_signal(sig)
        self._check_closed()
        try:
            signal.set_wakeup_fd(-1)     # only to fail, as CPython's does, outside the main thread
        except (ValueError, OSError) as exc:
            raise RuntimeError(str(exc)) from None
        self._signal_handlers[sig] = _events.Handle(callback, args, self, None)
        try:
            signal.signal(sig, lambda signum, frame: self._handle_signal(signum))
        except OSError as exc:
            del self._signal_handlers[sig]
            if exc.errno == errno.EINVAL:
                raise RuntimeError(f"sig {sig} cannot be caught")
            raise

    def close(self):
        super().close()
        if not sys.is_finalizing():
            for sig in list(self._signal_handlers):
                self.remove_signal_handler(sig)

    # The self-pipe: a wake-up of the parked thread instead of a byte on a socket.
    def _make_self_pipe(self):
        self._ssock = self._csock = None
        self._internal_fds = 0

    def _close_self_pipe(self):
        pass

    def _write_to_self(self):
        selector = self._selector
        if selector is not None:
            selector.wake()

    async def _make_subprocess_transport(self, protocol, args, shell, stdin, stdout, stderr,
                                         bufsize, extra=None, **kwargs):
        from .subprocess_transport import make_subprocess_transport
        return await make_subprocess_transport(self, protocol, args, shell, stdin, stdout,
                                               stderr, bufsize, extra, **kwargs)

    def create_task(self, coro, **kwargs):
        # Default names count from Task-1 in each run, as in a fresh python3 process: the C
        # counter behind unnamed tasks lives as long as the interpreter, across runs.
        if kwargs.get("name") is None:
            kwargs["name"] = "Task-%d" % next(_task_numbers)
        return super().create_task(coro, **kwargs)

    # TCP between the program's own tasks and threads, in memory (see loopback.py).
    create_server = loopback.create_server
    create_connection = loopback.create_connection

    def call_soon(self, callback, *args, context=None):
        handle = super().call_soon(callback, *args, context=context)
        # A JS callback (a settled promise) runs outside every green stack: as CPython's
        # I/O would, it wakes the loop. Another thread's call_soon does not (as in CPython).
        selector = self._selector
        if selector is not None and selector._parked is not None and not _s.in_green_stack():
            selector.wake()
        return handle


# Pyodide's JS bridge asks asyncio.get_event_loop() for a loop whenever a JS promise becomes a
# Python object (a future that the promise settles), and run_sync turns that future back into a
# promise through a done callback. The program's asyncio must not see Pyodide's WebLoop (CPython
# has no loop running at top level). The runtime's own promises (every park of a thread) get
# a loop that runs a future's callbacks at once: on the WebLoop each would wait for a
# macrotask, which made every thread switch cost a trip through the JS event loop.
# (This once seemed to make Chromium trap sooner: that was the garbage collector walking
# suspended stacks from such callbacks, fixed in gc_guard.py.)
_webloop = None


class _ImmediateLoop:
    """Just enough of a loop for futures whose callbacks may run as soon as they are done."""

    def get_debug(self):
        return False

    def create_future(self):
        return asyncio.Future(loop=self)

    def call_soon(self, callback, *args, context=None):
        if context is None:
            callback(*args)
        else:
            context.run(callback, *args)

    def call_exception_handler(self, context):
        pass    # a runtime promise nobody waited for (a waiter abandoned at reset)


_run_sync_only = _ImmediateLoop()
_PYODIDE_DIRS = ("/_pyodide/", "/pyodide/")


def get_event_loop():
    """asyncio.get_event_loop as the program and Pyodide's bridge each need it."""
    try:
        frame = sys._getframe(1)
    except ValueError:               # called from C with no Python frame: Pyodide's bridge
        return _webloop
    caller = frame.f_code.co_filename
    if caller.startswith(_RUNTIME_DIR):
        return _run_sync_only
    if any(d in caller for d in _PYODIDE_DIRS) or not _calls_get_event_loop(frame):
        return _webloop
    return _events.get_event_loop()


def _calls_get_event_loop(frame):
    """Is the call the frame is making `...get_event_loop()`? If not, the bridge asked, from C,
    while that line made a JS promise a Python object (`js.fetch(url)` in the program)."""
    try:
        line, end_line, col, end_col = next(itertools.islice(
            frame.f_code.co_positions(), frame.f_lasti // 2, None))
    except StopIteration:
        return True
    if line is None or col is None or line != end_line:
        return True                  # can't tell: assume the program asked, as in CPython
    text = linecache.getline(frame.f_code.co_filename, line)[col:end_col]
    return re.search(r"get_event_loop\s*\(\s*\)$", text) is not None


def install():
    global _webloop
    import threading
    _webloop = _events.get_event_loop()     # Pyodide's, running now
    asyncio.get_event_loop = get_event_loop
    import pyodide.webloop
    asyncio.run = pyodide.webloop._orig_run  # Pyodide's wrapper would run it on the WebLoop
    # Every loop the program makes is a GreenEventLoop, however it asks for one.
    _unix_events._UnixDefaultEventLoopPolicy._loop_factory = GreenEventLoop
    for module in (asyncio, _unix_events):
        module.SelectorEventLoop = GreenEventLoop
        module.EventLoop = GreenEventLoop
    # The policy's per-thread loop: asyncio made its local class before our _thread existed.
    _events._BaseDefaultEventLoopPolicy._Local = type(
        "_Local", (threading.local,), {"_loop": None})


def reset():
    """Each run starts as a fresh interpreter does: the default policy, no loop set."""
    _events._set_event_loop_policy(None)
    _set_running_loop(None)
    loopback.reset()
    global _task_numbers
    _task_numbers = itertools.count(1)
