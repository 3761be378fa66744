"""What each thread did and when: the raw material of a run's timeline (issue 8).

The scheduler calls these at its switch points; when recording is off they return at once,
and when on they append one tuple. summary() turns the events into lanes and spans (ms since
the run started): when each thread ran, waited on what (held by whom), or slept.
"""
from time import perf_counter

enabled = False
_events = []          # (t, kind, ident, detail)
_t0 = 0.0
_names = {}


def start(on):
    global enabled, _t0
    enabled = on
    _events.clear()
    _names.clear()
    _t0 = perf_counter()


def thread_started(ident, function):
    if enabled:
        owner = getattr(function, "__self__", None)   # threading.Thread._bootstrap
        _names[ident] = getattr(owner, "name", None)
        _events.append((perf_counter(), "start", ident, None))


def thread_ended(ident):
    if enabled:
        _events.append((perf_counter(), "end", ident, None))


def running(ident):
    if enabled:
        _events.append((perf_counter(), "run", ident, None))


def blocked(ident, state, what, held_by=None):
    """state: 'waiting' (a lock, queue, join...), 'sleeping', 'yielded' or 'outside'."""
    if enabled:
        _events.append((perf_counter(), state, ident, None if what is None else (what, held_by)))


def _name(ident, main_ident):
    if ident == main_ident:
        return "MainThread"
    name = _names.get(ident)
    if name is None:
        import threading
        t = threading._active.get(ident)
        name = t.name if t is not None else "thread %#x" % ident
    return name


def summary(main_ident, t_end=None):
    """{"lanes": [...], "spans": [...], "switches": n} with times in ms since the run began."""
    t_end = perf_counter() if t_end is None else t_end
    ms = lambda t: round((t - _t0) * 1000.0, 3)
    lanes, spans, open_ = [], [], {}
    seen = set()
    switches = 0

    def lane(ident):
        if ident not in seen:
            seen.add(ident)
            lanes.append({"id": "t%x" % ident, "kind": "thread", "name": _name(ident, main_ident)})
        return "t%x" % ident

    def close(ident, t):
        cur = open_.pop(ident, None)
        if cur is not None and t > cur[1]:
            state, start, detail = cur
            span = {"lane": lane(ident), "state": state, "start": ms(start), "end": ms(t)}
            if detail:
                what, held_by = detail
                span["detail"] = str(what)
                if held_by is not None:
                    span["heldBy"] = _name(held_by, main_ident)
            spans.append(span)

    lane(main_ident)
    open_[main_ident] = ("running", _t0, None)
    for t, kind, ident, detail in _events:
        if kind == "start":
            lane(ident)
            continue
        close(ident, t)
        if kind == "run":
            switches += 1
            open_[ident] = ("running", t, None)
        elif kind != "end":
            open_[ident] = ("runnable" if kind == "yielded" else kind, t, detail)
    for ident in list(open_):
        close(ident, t_end)
    return {"lanes": lanes, "spans": spans, "switches": switches}
