"""What each thread did and when: the raw material of a run's timeline (issue 8).

The scheduler calls these at its switch points; when recording is off they return at once,
and when on they append one tuple (a park's, made when it resumes, records the wait and the
run after it). summary() turns the events into lanes and spans (ms since
the run started): when each thread ran, waited on what (held by whom), or slept.
"""
import os
import weakref
from itertools import chain, count
from time import perf_counter

enabled = False       # recording now (the hot paths read this)
requested = False     # the run asked for a timeline
# Past this many records recording stops: a run of hundreds of thousands of switches would make
# a timeline no page can draw (each record makes at most two spans). Its summary says where.
MAX_EVENTS = 5000
_stopped_at = None    # perf_counter() when recording stopped for MAX_EVENTS
# (t, kind, ident, detail, owner); the scheduler appends to it directly. detail: None, text, or
# what a thread waits on, described after the run (describing it now would cost more than the
# switch) with `owner`, who held it then. A wait of the scheduler's (park) is one record made
# when it is over, (stopped, kind, ident, detail, owner, resumed): one allocation per switch,
# not two. Threads parked now have none yet: parked_now() makes theirs.
_events = events = []
_t0 = 0.0
_names = {}
_task_keys = weakref.WeakKeyDictionary()   # asyncio task -> its lane key (ids of dead tasks recur)
_task_numbers = count(1)
_live_seen = -1


def start(on):
    global enabled, requested, _t0, _task_numbers, _live_seen, _stopped_at
    enabled = requested = on
    _stopped_at = None
    _live_seen = -1
    _forget()
    _task_numbers = count(1)
    _t0 = perf_counter()
    _watch_tasks(on)


def stop():
    """The run is over: record nothing more. The asyncio hook stays (inert while not
    recording) until a run that records nothing starts: a page records every run."""
    global enabled, requested
    enabled = requested = False
    _forget()


def _forget():
    # Each only when needed: a run starts with cold caches, and clearing a WeakKeyDictionary
    # runs Python code.
    if _events:
        _events.clear()
    if _names:
        _names.clear()
    if _task_keys:
        _task_keys.clear()


# asyncio tasks: each step of a task is a call of its step method from the loop's ready queue
# (events.Handle._run). While recording, that is wrapped to note when each task ran and what
# it awaits in between; off, the stdlib's own _run is back in place.
_handle_run = None
_ASYNCIO_DIR = None


def _watch_tasks(on):
    global _handle_run, _ASYNCIO_DIR, _watching
    if on == _watching:
        return
    import asyncio.events
    if _handle_run is None:
        _handle_run = asyncio.events.Handle._run
        _ASYNCIO_DIR = os.path.dirname(asyncio.events.__file__)
    asyncio.events.Handle._run = _run_handle if on else _handle_run
    _watching = on


_watching = False


def _run_handle(handle):
    task = getattr(handle._callback, "__self__", None)
    if not enabled or task is None or not hasattr(task, "get_coro"):
        return _handle_run(handle)
    key = _task_keys.get(task)
    if key is None:
        coro = task.get_coro()
        code = getattr(coro, "cr_code", None)
        if code is not None and code.co_filename.startswith(_ASYNCIO_DIR):
            return _handle_run(handle)      # asyncio.run's own housekeeping, not the program's
        key = _task_keys[task] = ("task", next(_task_numbers))
        label = getattr(coro, "__qualname__", None)
        _names[key] = "%s (%s)" % (task.get_name(), label) if label else task.get_name()
        _events.append((perf_counter(), "start", key, "task", None))
    _events.append((perf_counter(), "run", key, None, None))
    try:
        return _handle_run(handle)
    finally:
        if task.done():
            _events.append((perf_counter(), "end", key, None, None))
        else:
            state, what = _task_wait(task)
            _events.append((perf_counter(), state, key, what, None))


def _task_wait(task):
    """('sleeping' or 'waiting', where the task awaits: "line 9 in worker(): await q.get()")."""
    from .event_loop import task_location
    state = "waiting"
    coro = task.get_coro()
    while coro is not None:
        code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
        if code is not None and code.co_name == "sleep" and code.co_filename.startswith(_ASYNCIO_DIR):
            state = "sleeping"
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
    return state, task_location(task) or task.get_name()


def thread_started(ident, function):
    if enabled:
        owner = getattr(function, "__self__", None)   # threading.Thread._bootstrap
        _names[ident] = getattr(owner, "name", None)
        _events.append((perf_counter(), "start", ident, "thread", None))


def thread_ended(ident):
    if enabled:
        _events.append((perf_counter(), "end", ident, None, None))


def running(ident):
    if enabled:
        _events.append((perf_counter(), "run", ident, None, None))
        if len(_events) >= MAX_EVENTS:
            full()


def full():
    """MAX_EVENTS reached: stop recording, and say where in the summary. The threads parked
    now would record their waits when they resume: their open waits are kept now."""
    global enabled, _stopped_at
    enabled = False
    _stopped_at = perf_counter()
    _events.extend(parked_now())


def parked_now():
    """The open wait of each thread parked now (its record comes when it resumes), as a
    5-tuple record; who holds what it waits on is read now."""
    from . import scheduler, switching
    out = []
    for ident, rec in scheduler.threads.items():
        if rec.waiter is not None and rec.waiting_on is not None:
            kind, detail, owner = scheduler.wait_record(rec.waiting_on, ident)
            out.append((switching.stopped_at[rec.slot], kind, ident, detail, owner))
    return out


def task(ident, label):
    """The thread starts a pool task (a Pool or ProcessPoolExecutor worker took one from its
    queue): its running span splits here and is named by the task until it waits again."""
    if enabled:
        _events.append((perf_counter(), "task", ident, label, None))


def blocked(ident, state, what):
    """state: 'waiting' (a lock, queue, join...), 'sleeping', 'yielded' or 'outside'; `what`
    is said in words now (the scheduler's own waits record the object: see park())."""
    if enabled:
        _events.append((perf_counter(), state, ident, None if what is None else str(what), None))


def _thread_lane(ident, main_ident):
    return {"id": "t%x" % ident, "kind": "thread", "name": _name(ident, main_ident)}


def _name(ident, main_ident):
    if ident == main_ident:
        return "MainThread"
    name = _names.get(ident)
    if name is None:
        import threading
        t = threading._active.get(ident)
        name = t.name if t is not None else "thread %#x" % ident
    return name


# A live view is summarised from the whole record each time (about 30 us an event): past this
# many events it waits for the end.
LIVE_MAX_EVENTS = 2000


def live_summary():
    """summary() of the run so far as JSON, for a live view; None when not recording, nothing
    changed since the last call, or the record has grown too long to resend."""
    global _live_seen
    n = len(_events)
    if not enabled or n == _live_seen or n > LIVE_MAX_EVENTS:
        return None
    _live_seen = n
    from . import scheduler
    from ..runner import to_json
    return to_json(summary(scheduler.MAIN_IDENT))


def _stopped_time(ident):
    from . import scheduler, switching
    rec = scheduler.threads.get(ident)
    return switching.stopped_at[rec.slot] if rec is not None else _t0


def summary(main_ident, t_end=None):
    """{"lanes": [...], "spans": [...], "switches": n} with times in ms since the run began;
    "stoppedAt" (ms) when recording stopped at MAX_EVENTS."""
    t_end = _stopped_at or (perf_counter() if t_end is None else t_end)
    ms = lambda t: round((t - _t0) * 1000.0, 3)
    from . import scheduler
    if not _events and len(scheduler.threads) == 1:
        # Most blocks: the main thread alone ran, and never waited. Its one span, without the
        # general walk (a run's end has cold caches: this saved ~30 us of a print(1) run).
        main = _thread_lane(main_ident, main_ident)
        return {"lanes": [main],
                "spans": [{"lane": main["id"], "state": "running", "start": 0.0, "end": ms(t_end)}],
                "switches": 0}
    lanes, spans, open_ = [], [], {}
    seen = set()
    # (parked_now() makes no "start" records: the tasks are all in _events)
    tasks = {r[2] for r in _events if r[1] == "start" and r[3] == "task"}
    records = _events if _stopped_at is not None else chain(_events, parked_now())
    switches = 0
    described = {}
    name = lambda ident: _name(ident, main_ident)

    def describe(what, owner, ident):
        """(text, held_by) for what a thread waited on."""
        if type(what) is str:
            return what, owner
        # The events keep `what` alive, so its id is its own for the whole summary.
        key = (id(what), owner, ident)
        if key not in described:
            from .deadlock import describe
            described[key] = describe(what, ident, owner=owner, name=name)
        return described[key]

    def lane(ident):
        if ident not in seen:
            seen.add(ident)
            if ident in tasks:
                lanes.append({"id": "a%d" % ident[1], "kind": "task", "name": _names[ident]})
            else:
                lanes.append(_thread_lane(ident, main_ident))
        return "a%d" % ident[1] if ident in tasks else "t%x" % ident

    def close(ident, t):
        cur = open_.pop(ident, None)
        if cur is not None and t > cur[1]:
            state, start, detail, owner = cur
            span = {"lane": lane(ident), "state": state, "start": ms(start), "end": ms(t)}
            if detail is not None:
                what, held_by = describe(detail, owner, ident)
                span["detail"] = str(what)
                if held_by is not None:
                    span["heldBy"] = name(held_by)
            spans.append(span)

    lane(main_ident)
    open_[main_ident] = ("running", _t0, None, None)
    for record in records:
        t, kind, ident, detail, owner = record[:5]
        if t is None:        # a thread stopped and not resumed yet (see scheduler.yield_now)
            t = _stopped_time(ident)
        elif t < _t0:        # it parked before this record began (timeline.start mid-run)
            t = _t0
        if kind == "start":
            lane(ident)
            continue
        close(ident, t)
        if kind == "run":
            if ident not in tasks:
                switches += 1
            open_[ident] = ("running", t, None, None)
        elif kind == "task":
            open_[ident] = ("running", t, detail, None)
        elif kind != "end":
            open_[ident] = ("runnable" if kind == "yielded" else kind, t, detail, owner)
            if len(record) == 6:     # a park's record: it ran again at record[5]
                close(ident, record[5])
                switches += 1
                open_[ident] = ("running", record[5], None, None)
    for ident in list(open_):
        close(ident, t_end)
    out = {"lanes": lanes, "spans": spans, "switches": switches}
    if _stopped_at is not None:
        out["stoppedAt"] = ms(_stopped_at)
    return out
