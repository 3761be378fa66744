"""A drop-in `_thread` for green threads: what CPython 3.14's threading.py imports from it.

Installed as sys.modules['_thread'] so the stdlib's own threading, queue,
concurrent.futures and asyncio.to_thread run on top unchanged. Names and semantics are
CPython's (Modules/_threadmodule.c); thread-local storage comes from _threading_local.
"""
import sys

from _asyncio import _set_running_loop
from pyodide.ffi import create_proxy

from . import cpu_time as _cpu
from . import scheduler as _s
from . import timeline as _timeline
from .locks import TIMEOUT_MAX, LockType, RLock

error = RuntimeError
lock = LockType


def allocate_lock():
    """Create a new lock object (unlocked)."""
    return LockType()


allocate = allocate_lock


class _ThreadHandle:
    """The join handle threading.Thread keeps in `_os_thread_handle`."""
    __slots__ = ("ident", "_done", "_joiners", "_started", "__weakref__")

    def __init__(self):
        self.ident = None
        self._done = False
        self._joiners = []
        self._started = False

    def is_done(self):
        return self._done

    def _set_done(self):
        self._done = True
        joiners, self._joiners = self._joiners, []
        for rec in joiners:
            _s.unpark(rec)

    def join(self, timeout=None):
        """Block until the thread ends, or `timeout` seconds (None: forever)."""
        if self._done:
            return
        if timeout is not None and timeout < 0:
            timeout = 0
        if self.ident == _s.current:
            raise RuntimeError("Cannot join current thread")
        from time import monotonic
        deadline = None if timeout is None else monotonic() + timeout
        rec = _s.current_rec
        while not self._done:
            remaining = None if deadline is None else deadline - monotonic()
            if remaining is not None and remaining <= 0:
                return
            self._joiners.append(rec)
            try:
                _s.park(self, remaining)
            finally:
                if rec in self._joiners:
                    self._joiners.remove(rec)

    def __repr__(self):
        return "<_thread._ThreadHandle object: ident=%s>" % self.ident


def _make_thread_handle(ident):
    handle = _ThreadHandle()
    handle.ident = ident
    handle._started = True
    rec = _s.threads.get(ident)
    if rec is not None and rec.handle is None:
        rec.handle = handle
    return handle


def start_joinable_thread(function, handle=None, daemon=True):
    """Start a thread running function(); return its handle (see threading.Thread.start)."""
    if handle is None:
        handle = _ThreadHandle()
    elif handle._started:
        raise RuntimeError("thread already started")
    rec = _s.new_record(handle, daemon, function)
    handle._started = True
    handle.ident = rec.ident
    if _timeline.enabled:
        _timeline.thread_started(rec.ident, function)
    _s.started(rec)
    _starting[rec.ident] = rec
    _spawn(rec.ident)            # JS counts it and calls _bootstrap(ident) on a new stack
    return handle


_starting = {}                   # ident -> record of a thread whose stack is not running yet
_spawn = _s._js.spawn            # (each `_js.name` makes a new JsProxy: looked up once)


def _bootstrap(ident):
    """The bottom of every thread's stack (one proxy for all: making one per thread cost more
    than the rest of a thread's start)."""
    rec = _starting.pop(ident, None)
    if rec is None:              # its run ended before it could start
        return
    _s.current, _s.current_rec = ident, rec
    _s.switched_in = True
    _set_running_loop(None)      # its thread state inherits Pyodide's loop (event_loop.py)
    if _cpu.on:
        _cpu.started()
    if _timeline.enabled:
        _timeline.running(ident)
    function = rec.function
    try:
        function()
    except SystemExit:
        pass
    except BaseException as exc:
        _unraisable(function, exc)
    finally:
        _s.exited(rec)


def install():
    _s.runner_codes.add(_bootstrap.__code__)
    _s._js.set_bootstrap(create_proxy(_bootstrap))


def reset():
    _starting.clear()


def _unraisable(function, exc):
    # What CPython prints for an exception escaping a raw _thread function.
    import traceback
    print("Exception ignored in thread started by %r:" % (function,), file=sys.stderr)
    traceback.print_exception(exc)


def start_new_thread(function, args, kwargs=None):
    """Start a thread running function(*args, **kwargs); return its identifier."""
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    kwargs = kwargs or {}
    return start_joinable_thread(lambda: function(*args, **kwargs), daemon=True).ident


start_new = start_new_thread


def get_ident():
    """Return a non-zero integer that identifies the current thread."""
    return _s.current


def get_native_id():
    rec = _s.threads.get(_s.current)
    return rec.native_id if rec is not None else 0


def _get_main_thread_ident():
    return _s.MAIN_IDENT


def _is_main_interpreter():
    return True


def daemon_threads_allowed():
    return True


def _count():
    return len(_s.threads) - 1


def set_name(name):
    pass


_stack_size = 0


def stack_size(size=0):
    """Return the stack size used for new threads and set it to `size` (0: the default).

    Green-thread stacks grow on demand; the value is kept, as CPython keeps it."""
    global _stack_size
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    old, _stack_size = _stack_size, size
    return old


def exit():
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    """Simulate the arrival of SIGINT in the main thread."""
    if signum != 2:
        raise ValueError("only SIGINT is supported here")
    _s.interrupt_main()


def _shutdown():
    """Wait for every non-daemon thread to end (interpreter exit)."""
    while True:
        for rec in list(_s.threads.values()):
            if rec.ident != _s.current and not rec.daemon and rec.handle is not None:
                rec.handle.join()
                break
        else:
            return


class _local:
    """Thread-local data: each thread sees its own attributes (threading.local)."""
    __slots__ = ("_local__dicts", "_local__args", "__weakref__")

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        dicts = {}
        object.__setattr__(self, "_local__dicts", dicts)
        object.__setattr__(self, "_local__args", (args, kwargs))
        dicts[_s.current] = {}     # the creating thread's __init__ runs through the constructor
        _s.locals_registry.append(dicts)
        return self

    def _local__dict(self):
        """This thread's attribute dict; the first access in a thread runs __init__ again."""
        dicts = object.__getattribute__(self, "_local__dicts")
        d = dicts.get(_s.current)
        if d is None:
            d = dicts[_s.current] = {}
            cls = type(self)
            if cls.__init__ is not object.__init__:
                args, kwargs = object.__getattribute__(self, "_local__args")
                cls.__init__(self, *args, **kwargs)
        return d

    def __getattribute__(self, name):
        if name in ("__dict__",):
            return _local._local__dict(self)
        d = _local._local__dict(self)
        if name in d:
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type(self).__name__, name)) from None

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        cls_attr = getattr(type(self), name, None)
        if hasattr(cls_attr, "__set__"):
            return object.__setattr__(self, name, value)
        _local._local__dict(self)[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        try:
            del _local._local__dict(self)[name]
        except KeyError:
            raise AttributeError(name) from None


_local.__module__ = "_thread"
