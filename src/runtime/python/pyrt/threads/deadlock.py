"""The deadlock report: every thread, the line it waits at, what it waits for, who holds it,
and the wait-for cycle when there is one."""
import sys

from .. import runner
from . import scheduler as _s
from .locks import LockType

_RUNTIME_DIR, _STDLIB = runner._RUNTIME_DIR, runner._STDLIB   # not the reader's code
# stdlib calls that block, named in the report ("in Queue.get")
_BLOCKING_APIS = {"wait", "wait_for", "get", "put", "join", "acquire", "result", "map",
                  "shutdown", "__enter__", "sleep", "as_completed", "_wait_for_tstate_lock"}


def thread_name(ident):
    threading = sys.modules.get("threading")
    thread = threading._active.get(ident) if threading else None
    if thread is not None:
        return thread.name
    return "MainThread" if ident == _s.MAIN_IDENT else "Thread(ident=%#x)" % ident


_READER, _RUNTIME, _LIBRARY = 0, 1, 2
# co_filename -> whose code it is. Keyed by the name, whose hash a str keeps: a code object's
# hash is computed from its contents at every lookup (it made each park 8 us slower).
_origins = {}


def _origin(filename):
    origin = _origins[filename] = (
        _RUNTIME if filename.startswith(_RUNTIME_DIR)
        else _LIBRARY if filename.startswith(_STDLIB) or filename.startswith("<frozen")
        else _READER)
    return origin


def locate(frame):
    """Where a thread blocks, for a report made while it is still blocked: (the innermost
    frame of the reader's code, or AT_EXIT, or None; the outermost stdlib API frame it called
    on the way, "Queue.get", or None). Found now, while walking the chain is safe; the frames
    are read only while they stay suspended (their lines and locals live on the heap)."""
    api = None
    f = frame
    while f is not None:
        code = f.f_code
        origin = _origins.get(code.co_filename)
        if origin is None:
            origin = _origin(code.co_filename)
        if origin == _READER:
            return f, api
        if origin == _LIBRARY:
            if code.co_name in _BLOCKING_APIS:
                api = f
        elif code is _AT_EXIT:
            return AT_EXIT, None
        f = f.f_back
    return None, api


def _where_fields(where):
    """(file, line, function, api, obj) of what locate() found."""
    frame, api = where or (None, None)
    api_name = api.f_code.co_qualname if api is not None else None
    obj = api.f_locals.get("self") if api is not None else None
    if frame is None or frame is AT_EXIT:
        return frame, 0, None, api_name, obj
    code = frame.f_code
    return code.co_filename, frame.f_lineno, code.co_name, api_name, obj


# What a thread blocked in these stdlib calls is waiting for, in words.
_API_WAITS = {
    "Queue.get": "an item to be put on %s",
    "Queue.put": "room in %s",
    "Queue.join": "every task on %s to be marked done",
    "Event.wait": "%s to be set",
    "Condition.wait": "a notify() on %s",
    "Condition.wait_for": "a notify() on %s",
    "Semaphore.acquire": "a release() of %s",
    "Barrier.wait": "the other parties at %s",
}


AT_EXIT = "<exit>"
_AT_EXIT = runner._finalize.__code__     # interpreter exit: joining non-daemon threads


def _source_line(filename, line):
    import linecache
    return linecache.getline(filename, line).strip()


def _variable_name(obj):
    """A global of __main__ bound to obj ("lock1"), to name locks the way the reader does."""
    main = runner.current_main()
    for name, value in vars(main).items() if main else ():
        if value is obj and not name.startswith("__"):
            return name
        if hasattr(value, "__dict__") and not isinstance(value, type):
            for attr, inner in list(getattr(value, "__dict__", {}).items()):
                if inner is obj:
                    return "%s.%s" % (name, attr)
    return None


_NOW = object()


def describe(what, ident, foreign=False, owner=_NOW, name=thread_name):
    """(what a thread waits for, in words; ident of the thread it waits on, or None).

    owner: who held the lock when the thread blocked, if not now (the timeline describes its
    waits after the run); name: how to name a thread."""
    if isinstance(what, LockType):
        owner = what._owner if owner is _NOW else owner
        named = _variable_name(what)
        label = "Lock %s" % named if named else "a Lock at %#x" % id(what)
        if owner is None:
            return "%s (free, being handed over)" % label, None
        if owner == ident:
            return "a notify() on a Condition (its own waiter lock)", None
        return "%s, held by %s" % (label, name(owner)), owner
    if type(what).__name__ == "_ThreadHandle":
        return "%s to finish (join)" % name(what.ident), what.ident
    if foreign:
        return str(what or "the outside world"), None
    return str(what), None


def _cycle(edges, start):
    path, seen = [], set()
    node = start
    while node is not None and node not in seen:
        seen.add(node)
        path.append(node)
        node = edges.get(node)
    if node is None:
        return None
    return path[path.index(node):] + [node]


def build_report(threads, blocker):
    lines = ["Deadlock: every thread is blocked and no timer is pending, "
             "so the program can never continue."]
    edges = {}
    for rec in list(threads.values()):
        name = thread_name(rec.ident)
        if rec.waiting_on is None and rec is not blocker:
            lines.append("  %s: finished waiting, about to run" % name)
            continue
        what, held_by = describe(rec.waiting_on, rec.ident, rec.foreign)
        if held_by is not None:
            edges[rec.ident] = held_by
        filename, line, function, api, obj = _where_fields(rec.where)
        if filename == AT_EXIT:
            lines.append("  %s: the program has ended and waits for its non-daemon threads"
                         % name)
            continue
        where = ("line %d in %s(): %s" % (line, function, _source_line(filename, line))
                 if filename else "inside the runtime")
        wait = _API_WAITS.get(api)
        if wait and held_by is None:
            named = _variable_name(obj)
            what = wait % (named if named else "the %s" % type(obj).__name__)
        via = " [%s]" % api if api else ""
        lines.append("  %s at %s\n      waits for %s%s" % (name, where, what, via))
    for ident in edges:
        cycle = _cycle(edges, ident)
        if cycle:
            lines.append("Cycle: " + " -> ".join(thread_name(i) for i in cycle))
            break
    return "\n".join(lines)
