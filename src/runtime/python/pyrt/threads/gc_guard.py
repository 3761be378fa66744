"""The cyclic garbage collector while green threads are suspended.

CPython 3.14's automatic collection is incremental: each increment first marks what every
thread state's frame chain reaches (mark_stacks in Python/gc.c). A suspended green thread's
chain runs through interpreter-entry frames that live on its C stack, and JSPI stack
switching has lent that memory to whoever runs now. When the automatic collector fired in a
JS callback (Pyodide resolving a run_sync future, say) while threads were suspended, it walked
those frames: "memory access out of bounds", or a hang, in Chromium after a few thousand
thread switches (tests/python/threads/gc_while_switching.py).

So while any stack is suspended the automatic collector stays off, and this module collects
instead, on a green thread's own stack right after it resumes, once as many container
objects as the young threshold have been allocated: a young collection, and now and then a
full one. Neither walks frame chains (they follow tp_traverse only). With nothing suspended
the interpreter's own collector runs as usual. The program's gc.enable()/disable()/
isenabled() keep their meaning: they say what the program wants, which is honoured.
"""
import gc


_enable, _disable, _collect, _get_count = gc.enable, gc.disable, gc.collect, gc.get_count
_set_threshold = gc.set_threshold
_START_THRESHOLDS = gc.get_threshold()
_threshold = _START_THRESHOLDS[0]
_MIN_FULL_EVERY = 10            # young collections between full ones, at least

suspended = 0                   # green stacks suspended right now
wanted = True                   # the program's gc.enable() / gc.disable()
_poisoned = False               # stacks were abandoned: their frames are never safe to walk
_young_since_full = 0
_objects_after_full = 0


def suspend(wait, arg=None):
    """wait(arg) for a green thread, which suspends its stack (a poll() of the scheduler's, or
    run_sync): every suspension goes through here."""
    global suspended
    if suspended == 0:
        _disable()
    suspended += 1
    try:
        return wait(arg)
    finally:
        suspended -= 1
        if suspended == 0 and not _poisoned:
            if wanted:
                _enable()
        # Asked at every switch: the threshold is kept (set_threshold below), not read each time.
        elif wanted and _get_count()[0] >= _threshold > 0:
            _collect_due()


def _collect_due():
    global _young_since_full, _objects_after_full
    threshold = _threshold
    # A full collection costs the whole heap: do one once the young collections since the
    # last have promoted about a quarter of what survived it (CPython's rule before 3.14).
    if _young_since_full >= _MIN_FULL_EVERY and \
            _young_since_full * threshold >= _objects_after_full // 4:
        _collect(2)
        _young_since_full = 0
        _objects_after_full = len(gc.get_objects())
    else:
        _collect(0)
        _young_since_full += 1


def enable():
    global wanted
    wanted = True
    if suspended == 0 and not _poisoned:
        _enable()


def disable():
    global wanted
    wanted = False
    _disable()


def isenabled():
    return wanted


def collect(generation=2):
    # An increment (generation 1) walks every thread's frames: a full collection instead.
    if (suspended or _poisoned) and generation == 1:
        generation = 2
    return _collect(generation)


def set_threshold(*thresholds):
    global _threshold
    _set_threshold(*thresholds)
    _threshold = gc.get_threshold()[0]


for _mine, _theirs in ((enable, gc.enable), (disable, gc.disable), (isenabled, gc.isenabled),
                       (collect, gc.collect), (set_threshold, gc.set_threshold)):
    _mine.__doc__ = _theirs.__doc__


def install():
    gc.enable, gc.disable, gc.isenabled, gc.collect = enable, disable, isenabled, collect
    gc.set_threshold = set_threshold


def reset():
    """A new run: the collector is on, with its thresholds, as at interpreter start."""
    global suspended, wanted, _poisoned, _young_since_full, _threshold
    _set_threshold(*_START_THRESHOLDS)
    _threshold = _START_THRESHOLDS[0]
    if suspended:
        _poisoned = True        # the worker is replaced after such a run (recycle)
    suspended = 0
    wanted = True
    _young_since_full = 0
    if not _poisoned:
        _enable()
