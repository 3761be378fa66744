"""Pickling between processes: multiprocessing's ForkingPickler, made to ship code by value.

A child does not re-run the program, so what the program defined (functions, classes, lambdas,
closures) travels by value, with cloudpickle, and lands in the child's __main__ (named
'__mp_main__', as under spawn) the way fork would have it there:

* starting a process (dumps(..., fork=True)) ships everything the process object refers to,
  as fork makes it available;
* any other message (queues, pipes, pool tasks) pickles as CPython does: a function or class
  of __main__ only if pickle can find it by name there (a lambda or a local function fails
  with pickle's own error); it then goes by value, since the other side may not have it yet.

Globals a shipped function uses come along; in the receiving __main__ they never overwrite
what is already there (a child keeps its own state, as after fork).
"""
import builtins
import copyreg
import io
import pickle
import sys
import types
from collections import ChainMap

from .._vendor import cloudpickle as _cp

_fork = 0          # > 0 while pickling a process object to start it


def _main_dict():
    return sys.modules["__main__"].__dict__


class _MainGlobals:
    """Stands for the __main__ namespace in a pickle: the receiver's own __main__."""

    def __reduce__(self):
        return (_main_dict, ())


_MAIN_GLOBALS = _MainGlobals()


def _from_main(obj):
    return getattr(obj, "__module__", None) in ("__main__", "__mp_main__")


def _found_by_name(obj):
    """Would plain pickle find obj by name in __main__ (and so pickle it by reference)?"""
    qualname = getattr(obj, "__qualname__", "")
    if "<" in qualname:
        return False
    target = sys.modules.get("__main__")
    for part in qualname.split("."):
        target = getattr(target, part, None)
    return target is obj


def _adopt(obj):
    """Put a module-level function or class that arrived by value into this __main__."""
    name = obj.__qualname__
    if "." not in name and "<" not in name:
        _main_dict().setdefault(name, obj)


def _function_setstate(func, state):
    if func.__globals__ is not _main_dict():
        return _cp._function_setstate(func, state)
    state, slotstate = state
    func.__dict__.update(state)
    globs = slotstate.pop("__globals__")
    closure = slotstate.pop("__closure__")
    slotstate.pop("_cloudpickle_submodules")
    main = func.__globals__
    for name, value in globs.items():
        main.setdefault(name, value)
    main.setdefault("__builtins__", builtins)
    if closure is not None:
        for i, cell in enumerate(closure):
            try:
                value = cell.cell_contents
            except ValueError:  # an empty cell
                continue
            func.__closure__[i].cell_contents = value
    for name, value in slotstate.items():
        setattr(func, name, value)
    _adopt(func)


def _class_setstate(cls, state):
    cls = _cp._class_setstate(cls, state)
    if _from_main(cls):
        _adopt(cls)
    return cls


def _thread_function(name):
    return getattr(sys.modules["_thread"], name)


class ForkingPickler(_cp.Pickler):
    """multiprocessing.reduction.ForkingPickler, by value where the program's code is concerned."""

    _extra_reducers = {}
    _copyreg_dispatch_table = copyreg.dispatch_table

    def __init__(self, file, protocol=None, buffer_callback=None):
        super().__init__(file, protocol, buffer_callback=buffer_callback)
        self.dispatch_table = ChainMap(self._extra_reducers, _cp.Pickler.dispatch_table)

    @classmethod
    def register(cls, type, reduce):
        cls._extra_reducers[type] = reduce

    @classmethod
    def dumps(cls, obj, protocol=None):
        buf = io.BytesIO()
        cls(buf, protocol).dump(obj)
        return buf.getbuffer()

    loads = staticmethod(pickle.loads)

    def reducer_override(self, obj):
        if isinstance(obj, types.BuiltinFunctionType) and obj.__module__ == "_thread":
            # The runtime's _thread (green threads) replaced the one some modules captured.
            return (_thread_function, (obj.__name__,))
        is_class = isinstance(obj, type)
        if (is_class or isinstance(obj, types.FunctionType)) and _from_main(obj):
            if not _fork:
                if not _found_by_name(obj):
                    return NotImplemented   # pickle fails as CPython's would
                # CPython would send a reference; the receiver may not have it yet, so it goes
                # by value, with whatever it refers to (a method, a global lambda) as fork has it.
                return (loads, (dumps(obj, fork=True),))
            if is_class:
                reduced = _cp._class_reduce(obj)
                if isinstance(reduced, tuple) and len(reduced) == 6 and reduced[5] is _cp._class_setstate:
                    reduced = reduced[:5] + (_class_setstate,)
                return reduced
            return self._dynamic_function_reduce(obj)
        return super().reducer_override(obj)

    def _dynamic_function_reduce(self, func):
        reduced = super()._dynamic_function_reduce(func)
        return reduced[:5] + (_function_setstate,)

    def _function_getnewargs(self, func):
        code, base_globals, name, argdefs, closure = super()._function_getnewargs(func)
        if func.__globals__ is _main_dict():
            base_globals = _MAIN_GLOBALS   # the receiver's __main__, not a fresh dict
        return code, base_globals, name, argdefs, closure


# Objects of these types pickle the same whatever the pickler (ForkingPickler's reducers are
# for functions, classes and registered types): pickle.dumps does them in a third of the time.
_PLAIN = frozenset((int, float, str, bytes, bool, type(None), complex))


def _plain(obj):
    t = type(obj)
    if t in _PLAIN:
        return True
    return (t is tuple or t is list) and len(obj) <= 8 and all(type(x) in _PLAIN for x in obj)


def dumps(obj, fork=False):
    global _fork
    if not fork and _plain(obj):
        return pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)
    buf = io.BytesIO()
    _fork += fork
    try:
        ForkingPickler(buf, pickle.HIGHEST_PROTOCOL).dump(obj)
    finally:
        _fork -= fork
    return buf.getvalue()


loads = pickle.loads


def dump(obj, file, protocol=None):
    file.write(dumps(obj))
