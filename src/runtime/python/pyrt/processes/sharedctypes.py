"""multiprocessing.sharedctypes' Value, Array and synchronized over raw.py's shared objects.

The stdlib's Synchronized wrappers (locking, get_lock, get_obj, repr) are used as they are.
"""
import ctypes

from .raw import RawArray, RawArrayObj, RawValue, RawValueObj


def _std():
    # Imported when used: a child may unpickle `synchronized` before multiprocessing is loaded.
    from multiprocessing import sharedctypes
    return sharedctypes

def _lock_for(lock, ctx):
    if lock is True or lock is None:
        from multiprocessing import context
        ctx = ctx or context._default_context.get_context()
        return ctx.RLock()
    if not hasattr(lock, "acquire"):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return _std().Synchronized(obj, _lock_for(lock, ctx), ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    return synchronized(obj, _lock_for(lock, ctx), ctx)


def synchronized(obj, lock=None, ctx=None):
    std = _std()
    assert not isinstance(obj, std.SynchronizedBase), "object already synchronized"
    if isinstance(obj, RawValueObj):
        return std.Synchronized(obj, lock, ctx)
    if isinstance(obj, RawArrayObj):
        cls = std.SynchronizedString if obj._type is ctypes.c_char else std.SynchronizedArray
        return cls(obj, lock, ctx)
    return _ctypes_synchronized(obj, lock, ctx)


_ctypes_synchronized = None   # the stdlib's, for real ctypes objects (set when patching)
