"""Names for the tasks a Pool or ProcessPoolExecutor worker takes from its queue, so that the
timeline can show which task each stretch of a worker's running was ("burn(400000)").

Called only while a timeline is recorded. It reads the stdlib's own task shapes:
multiprocessing.pool sends (job, i, func, args, kwds), with map's chunks as
mapstar((func, chunk)); concurrent.futures.process sends _CallItem(work_id, fn, args, kwargs),
with map's chunks as partial(_process_chunk, fn)((chunk,)).
"""
import reprlib

from ..threads import scheduler, timeline

_repr = reprlib.Repr(maxstring=24, maxother=24, maxlist=4, maxtuple=4, maxdict=3, maxlevel=2)


def note(obj):
    """If `obj` is a pool task this process is about to run, record it on the timeline."""
    label = _label(obj)
    if label is not None:
        timeline.task(scheduler.current, label)


def _label(obj):
    if type(obj) is tuple and len(obj) == 5 and callable(obj[2]):      # multiprocessing.pool
        _job, _i, func, args, kwds = obj
        if getattr(func, "__name__", "") in ("mapstar", "starmapstar") and len(args) == 1:
            inner, chunk = args[0]
            return _chunk(inner, list(chunk), star=func.__name__ == "starmapstar")
        return _call(func, args, kwds)
    if type(obj).__name__ == "_CallItem":                                 # ProcessPoolExecutor
        fn, args, kwargs = obj.fn, obj.args, obj.kwargs
        if getattr(getattr(fn, "func", None), "__name__", "") == "_process_chunk" and fn.args:
            return _chunk(fn.args[0], list(args[0]), star=True)
        return _call(fn, args, kwargs)
    return None


def _chunk(func, items, star):
    if len(items) == 1:
        args = items[0] if star else (items[0],)
        return _call(func, args, {})
    return "%s x %d items" % (_name(func), len(items))


def _call(func, args, kwargs):
    parts = [_repr.repr(a) for a in args] + ["%s=%s" % (k, _repr.repr(v)) for k, v in kwargs.items()]
    text = "%s(%s)" % (_name(func), ", ".join(parts))
    return text if len(text) <= 80 else text[:77] + "..."


def _name(func):
    return getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or type(func).__name__
