"""The green-thread scheduler: who runs, who waits on what, and when nothing can ever run again.

Every thread runs on its own JSPI-suspendable stack (started from JS with callPromising). A
thread that blocks calls park(): the JS side (threads.ts) makes a promise for it and the thread
suspends on it with a poll() of its own (suspend-poll.ts says why not run_sync), so the JS
event loop resumes whichever thread was woken. One real interpreter thread runs everything,
so, like CPython's GIL, exactly one thread runs at a time.

Accounting: `runnable` counts threads that run or were woken and will run; `timed` counts
parked threads with a timer armed; `foreign` counts threads waiting on the outside world
(another process, a JS promise). When a thread parks with none of them left, no event can ever
wake anyone: that is a deadlock, and the main thread gets DeadlockError with a report.
"""
import operator
import sys
from itertools import count

from .. import DeadlockError
from . import cpu_time as _cpu
from . import switching as _sw
from .gc_guard import suspend as _suspend
from .switching import clock as _clock, TIMED_OUT, WOKEN, DEADLOCK, INTERRUPTED, UNWIND, LOCATE
from pyodide.ffi import run_sync as _run_sync

import pyrt_threads_js as _js  # registered by threads.ts

_race_interrupt = _js.race_interrupt   # each `_js.name` makes a new JsProxy: looked up once
_state, _timeout_ms, _poller, _wake_slot = _sw.state, _sw.timeout_ms, _sw.poller, _sw.wake
_stopped_at, _polls = _sw.stopped_at, _sw.polls
_PARKED, _YIELDING = _sw.PARKED, _sw.YIELDING



class ThreadUnwind(SystemExit):
    """Ends a thread the program left parked at its end (see unwind.py). A SystemExit, so
    threading ends the thread silently and `except Exception` lets it through."""

_IDENT_BASE = 0x7F5A_0000_0000      # idents look like CPython's pthread_t values
_IDENT_STEP = 0x80_1000


class ThreadRecord:
    """What the scheduler knows about one live thread."""
    __slots__ = ("ident", "native_id", "handle", "daemon", "function",
                 "waiting_on", "waiter", "where", "foreign", "cancel", "slot")

    def __init__(self, ident, native_id, handle, daemon, slot, function=None):
        self.ident = ident
        self.native_id = native_id
        self.handle = handle
        self.daemon = daemon
        self.function = function
        self.waiting_on = None   # what it is parked on: a lock, a thread handle, Sleep...
        self.waiter = None       # its slot while it is parked and nobody has woken it
        self.where = None        # where it blocked, for reports (deadlock.locate)
        self.foreign = False     # waiting on the outside world (a process, JS)
        self.cancel = None       # how to abandon that wait when the reader presses Stop
        self.slot = slot         # where it says why it stopped (switching.py)


class Sleep:
    __slots__ = ("seconds",)

    def __init__(self, seconds):
        self.seconds = seconds

    def __str__(self):
        return "time.sleep(%g)" % self.seconds


# -- state (module globals: the hot paths read them directly)
MAIN_IDENT = _IDENT_BASE
current = MAIN_IDENT           # ident of the thread that runs now
current_rec = None             # its record
threads = {}
runnable = 1
timed = 0
foreign = 0
interrupt_pending = False
unwinding = False              # ending the threads a run left parked (unwind.py)
switched_in = True             # False while the current thread's stack is suspended: Python
                               # called then runs in a JS callback, where nothing may block
runner_codes = set()           # code objects at the bottom of every green stack
locals_registry = []           # per-thread dicts of every threading.local
_thread_numbers = count(1)
limit = _sw.SLOTS - 1          # most live threads (install() may set fewer)


def reset():
    """Forget every thread of the previous run; the main thread is the only one alive.

    Stacks still suspended are abandoned: JS drops their waiters, so they never resume."""
    global current, current_rec, runnable, timed, foreign, interrupt_pending, _thread_numbers
    global switched_in
    _js.reset()
    _sw.reset([rec.slot for rec in threads.values() if rec.ident != MAIN_IDENT])
    threads.clear()
    current_rec = threads[MAIN_IDENT] = ThreadRecord(MAIN_IDENT, _native_id(0), None, False, 0)
    current = MAIN_IDENT
    runnable, timed, foreign = 1, 0, 0
    interrupt_pending = False
    switched_in = True
    _thread_numbers = count(1)
    locals_registry.clear()
    _cpu.reset()


def _native_id(n):
    return 4200 + n


def new_record(handle, daemon, function):
    if len(threads) >= limit:
        raise RuntimeError(
            "can't start new thread: this runtime holds at most %d live threads" % limit)
    n = next(_thread_numbers)
    rec = ThreadRecord(_IDENT_BASE + n * _IDENT_STEP, _native_id(n), handle, daemon,
                       _sw.take_slot(), function)
    threads[rec.ident] = rec
    return rec


def started(rec):
    global runnable
    runnable += 1


def exited(rec):
    """The thread's function returned: wake its joiners, then look for a deadlock."""
    global runnable
    runnable -= 1
    if _timeline.enabled:
        _timeline.thread_ended(rec.ident)
    threads.pop(rec.ident, None)
    _sw.give_back(rec.slot)
    for dicts in locals_registry:
        dicts.pop(rec.ident, None)
    if rec.handle is not None:
        rec.handle._set_done()
    if runnable == 0 and timed == 0 and foreign == 0 and threads:
        _report_deadlock(None)


def in_green_stack():
    """True when the caller runs on a thread's own stack, where it may suspend.

    Not so inside a JS callback (a promise's reaction): there, blocking must block
    for real, as it blocks the event loop in CPython."""
    f = sys._getframe(1)
    while f.f_back is not None:
        f = f.f_back
    return f.f_code in runner_codes


def park(what, timeout=None, owner=None):
    """Suspend the calling thread until unpark() or the timeout (seconds, None = forever).
    `owner`: the thread holding `what` now, if anyone (a lock's), for the timeline.

    Returns True when woken, False on timeout. Raises DeadlockError when no thread can ever
    wake it, KeyboardInterrupt in the main thread when the reader pressed Stop."""
    global current, current_rec, runnable, timed
    me = current
    rec = current_rec
    if not switched_in:              # every stack is suspended: a JS callback calls us
        _cannot_block()
    if me == MAIN_IDENT and interrupt_pending:
        _raise_interrupt()
    if unwinding and me != MAIN_IDENT:
        raise ThreadUnwind
    ms = -1.0 if timeout is None else max(0.0, timeout * 1000.0)
    slot = rec.slot
    # Where it waits is found only if a deadlock report asks (_locate_parked): walking the
    # frames here cost about 1 us of each hand-off.
    rec.waiting_on, rec.waiter = what, slot
    runnable -= 1
    if ms >= 0:
        timed += 1
    elif runnable == 0 and timed == 0 and foreign == 0:
        rec.where = _where()
        _report_deadlock(rec)          # raises here when the main thread is the last to park
    if _cpu.on:
        _cpu.stopped(me)
    _timeout_ms[slot] = ms
    _state[slot] = _PARKED
    result = _switch(slot)
    if result == LOCATE:
        stopped_at = _stopped_at[slot]
        while result == LOCATE:        # still waiting: say where, and wait on
            rec.where = _where()
            _state[slot] = _PARKED
            result = _switch(slot)
        _stopped_at[slot] = stopped_at  # the wait began at the first stop (the timeline's)
    current, current_rec = me, rec
    if _cpu.on:
        _cpu.started()
    if _timeline.enabled:
        # The wait and the run after it in one record, made now: wait_record() inlined (see
        # timeline.py). If recording began during the wait, the summary starts it then. A
        # Condition's waiter lock (held by the waiter itself) is described in words: keeping
        # each one alive for the summary made every later collection slower.
        if owner == me:
            _tl_events.append((_stopped_at[slot], "waiting", me, _OWN_WAITER, None, _clock[0]))
        else:
            _tl_events.append((_stopped_at[slot], "sleeping" if type(what) is Sleep else "waiting",
                               me, what, owner, _clock[0]))
        if len(_tl_events) >= _MAX_EVENTS:
            _timeline.full()
    if ms >= 0:
        timed -= 1
    if result == TIMED_OUT:            # nobody counted us as runnable again: the timer did
        runnable += 1
    rec.waiting_on = rec.waiter = rec.where = None
    if result < 0:
        if result == DEADLOCK:
            raise DeadlockError("deadlock: no thread can ever run again", _last_report)
        if result == UNWIND:
            raise ThreadUnwind
        _raise_interrupt()
    return result == WOKEN


def wait_record(what, me):
    """(kind, detail, owner): how the timeline records a thread's wait on `what`."""
    owner = getattr(what, "_owner", None)
    if owner == me:
        return "waiting", _OWN_WAITER, None
    return "sleeping" if type(what) is Sleep else "waiting", what, owner


def _switch(slot):
    """Let other threads run until this one's wait ends (its slot says how)."""
    global switched_in
    switched_in = False
    try:
        _suspend(_polls[slot] or _poller(slot))
        return _state[slot]
    except OSError:      # the syscall could not suspend: called back from JS, synchronously
        _cannot_block()
    finally:
        switched_in = True


def _wake(rec, result):
    """End rec's wait with `result` (JS resumes it at the next switch); False if it is over."""
    return _wake_slot(rec.slot, result, not switched_in)


def _cannot_block():
    raise RuntimeError("cannot block inside a JavaScript callback: it runs on the event loop "
                       "every thread needs to run (use a thread, or a non-blocking call)") from None


def _where():
    """Where the calling thread blocks, read now: once its stack is suspended, its frames
    must not be touched (part of their chain lives on the swapped-out C stack)."""
    return _deadlock.locate(sys._getframe(2))


def unpark(rec):
    """Wake a parked thread (it runs when the current one blocks or its time slice ends)."""
    global runnable
    if rec.waiter is not None and _wake_slot(rec.slot, WOKEN, not switched_in):  # _wake's body
        rec.waiter = None
        runnable += 1


def wake_to_unwind(rec):
    """Wake a parked thread so that its wait raises ThreadUnwind (see unwind.py)."""
    global runnable
    if rec.cancel is not None:        # waiting on the outside world: that wait checks `unwinding`
        rec.cancel()
    elif rec.waiter is not None and _wake(rec, UNWIND):
        rec.waiter = None
        runnable += 1


def yield_now():
    """Let every other runnable thread run once (the time slice ended, or sleep(0))."""
    global current, current_rec
    me, rec = current, current_rec
    if not switched_in:
        _cannot_block()
    event = None
    if _timeline.enabled:
        event = [None, "yielded", me, None, None]     # its time: as park()'s
        _tl_events.append(event)
    if _cpu.on:
        _cpu.stopped(me)
    _state[rec.slot] = _YIELDING
    _switch(rec.slot)
    current, current_rec = me, rec
    if _cpu.on:
        _cpu.started()
    if event is not None:
        event[0] = _stopped_at[rec.slot]
    if _timeline.enabled:
        _tl_events.append((_clock[0], "run", me, None, None))
        if len(_tl_events) >= _MAX_EVENTS:
            _timeline.full()
    if me == MAIN_IDENT and interrupt_pending:
        _raise_interrupt()


def wait_foreign(promise, what):
    """Suspend on a JS promise the outside world settles (another process, a timer). Other
    threads run meanwhile, and such a wait never counts towards a deadlock."""
    global current, current_rec, runnable, foreign, switched_in
    me, rec = current, current_rec
    if rec is None or not in_green_stack():
        return _suspend(_run_sync, promise)
    if me == MAIN_IDENT and interrupt_pending:
        _raise_interrupt()
    if unwinding and me != MAIN_IDENT:
        raise ThreadUnwind
    slot = rec.slot
    _state[slot] = _PARKED
    waitable = _race_interrupt(slot, promise)
    rec.cancel = lambda: _wake(rec, INTERRUPTED)
    rec.waiting_on, rec.where, rec.foreign = what, _where(), True
    if _timeline.enabled:
        _timeline.blocked(me, "outside", what)
    runnable -= 1
    foreign += 1
    if _cpu.on:
        _cpu.stopped(me)
    switched_in = False
    try:
        value = _suspend(_run_sync, waitable)
    except BaseException:
        if me == MAIN_IDENT and interrupt_pending:
            _raise_interrupt()
        raise
    finally:
        switched_in = True
        _state[slot] = _sw.RUNNING
        current, current_rec = me, rec
        if _cpu.on:
            _cpu.started()
        if _timeline.enabled:
            _timeline.running(me)
        runnable += 1
        foreign -= 1
        rec.waiting_on = rec.where = rec.cancel = None
        rec.foreign = False
    if me == MAIN_IDENT and interrupt_pending:
        _raise_interrupt()
    if unwinding and me != MAIN_IDENT:
        raise ThreadUnwind
    return value


_TIME_T_LIMIT = 9223372036.854775807   # 2**63 ns, in seconds: CPython's PyTime_t range


def seconds(obj):
    """A timeout or sleep length as CPython reads one (_PyTime_FromSecondsObject): a float or
    an integer, with its errors."""
    if isinstance(obj, float):
        if obj != obj:
            raise ValueError("Invalid value NaN (not a number)")
        if not -_TIME_T_LIMIT <= obj < _TIME_T_LIMIT:
            raise OverflowError("timestamp out of range for platform time_t")
        return obj
    try:
        obj = operator.index(obj)
    except TypeError:
        raise TypeError("'%s' object cannot be interpreted as an integer or float"
                        % _type_name(obj)) from None
    if not -_TIME_T_LIMIT <= obj < _TIME_T_LIMIT:
        raise OverflowError("timestamp too large to convert to C PyTime_t")
    return obj


def _type_name(obj):
    """PyErr_Format's %T: a type's fully qualified name ("str", "__main__.Seconds")."""
    t = type(obj)
    return t.__qualname__ if t.__module__ == "builtins" else "%s.%s" % (t.__module__, t.__qualname__)


def sleep(secs):
    """time.sleep: parks only the calling thread. Blocks for real outside a green stack."""
    secs = seconds(secs)
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    if not in_green_stack():
        _busy_sleep(secs)
    elif secs == 0:
        yield_now()
    else:
        park(Sleep(secs), secs)


def _busy_sleep(secs):
    from time import monotonic
    deadline = monotonic() + secs
    while monotonic() < deadline:
        pass


def on_sigint(signum, frame):
    """SIGINT handler (Stop): KeyboardInterrupt goes to the main thread, as in CPython."""
    main = threads.get(MAIN_IDENT)
    if current == MAIN_IDENT and main is not None and main.waiter is None and not main.foreign:
        raise KeyboardInterrupt
    interrupt_main()


def deliver_sigint():
    """Stop pressed while no Python runs (every thread parked): run the SIGINT handler now, as
    CPython does when a signal interrupts a blocking call. Ours (the default) interrupts the
    main thread; another (asyncio.Runner's, the program's own) runs here, and if it raises,
    the main thread gets KeyboardInterrupt."""
    import signal
    handler = signal.getsignal(signal.SIGINT)
    if handler is on_sigint or not callable(handler):
        if handler is not signal.SIG_IGN:
            interrupt_main()
        return
    try:
        handler(signal.SIGINT, None)
    except BaseException:
        interrupt_main()


def interrupt_main():
    """Make the main thread raise KeyboardInterrupt as soon as it runs (waking it if parked)."""
    global interrupt_pending
    interrupt_pending = True
    main = threads.get(MAIN_IDENT)
    if main is None:
        return
    if main.cancel is not None:
        main.cancel()
    elif main.waiter is not None and _wake(main, INTERRUPTED):
        main.waiter = None
        _count_woken(main)


def _count_woken(rec):
    global runnable
    runnable += 1


def _raise_interrupt():
    global interrupt_pending
    interrupt_pending = False
    raise KeyboardInterrupt


_last_report = ""


def _locate_parked():
    """Have every parked thread whose place is unknown find it (rec.where), each on its own
    stack: once a stack is suspended its frame chain must not be walked (see _where). They are
    woken with LOCATE, and this thread yields to them once; each looks, then parks again."""
    global current, current_rec
    if not switched_in:
        return
    me, rec = current, current_rec
    asked = False
    for other in threads.values():
        if other is not rec and other.where is None and other.waiter is not None \
                and not other.foreign and _wake_slot(other.slot, LOCATE, False):
            asked = True
    if asked:
        _state[rec.slot] = _YIELDING   # (an exiting thread's slot is free, but no one took it)
        _switch(rec.slot)
        current, current_rec = me, rec


def _report_deadlock(blocker):
    """Every thread is blocked for good: report, then end the program in the main thread."""
    global _last_report
    _locate_parked()
    _last_report = _deadlock.build_report(threads, blocker)
    main = threads.get(MAIN_IDENT)
    if blocker is not None and blocker.ident == MAIN_IDENT:
        blocker.waiting_on = blocker.waiter = blocker.where = None
        _undo_park_count()
        raise DeadlockError("deadlock: no thread can ever run again", _last_report)
    if main is not None and main.waiter is not None and _wake(main, DEADLOCK):
        main.waiter = None
        _count_woken(main)


def _undo_park_count():
    global runnable
    runnable += 1


def last_report():
    return _last_report


from . import deadlock as _deadlock  # noqa: E402  (it imports this module)
from . import timeline as _timeline  # noqa: E402
_tl_events = _timeline.events  # the record itself (cleared, never replaced)
_MAX_EVENTS = _timeline.MAX_EVENTS
_OWN_WAITER = "a notify() on a Condition (its own waiter lock)"
