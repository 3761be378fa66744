"""Time slicing like CPython's GIL: a running thread is switched out after the switch interval
(sys.getswitchinterval(), 5 ms by default), at the points where CPython's eval loop may drop
the GIL: a loop back-edge (JUMP_BACKWARD) or a function entry (RESUME).

The JS side (threads.ts) raises SIGUSR1 through the interrupt buffer once the slice is over.
The handler below runs at the interpreter's next signal check. When that check came from C
code (a bigint multiply, a buffered write holding its lock) or from runtime internals or an
import, switching there would be unfaithful or unsafe: it asks sys.monitoring for one JUMP
event at the next back-edge of that code object instead (no global tracing cost).
"""
import opcode
import os
import sys

from . import scheduler as _s

_alone = _s._js.alone   # at a time slice with nobody else to run: looked up once

SIGNAL = 10                      # SIGUSR1
_SWITCH_OPS = frozenset({opcode.opmap["JUMP_BACKWARD"], opcode.opmap["RESUME"]})
_RUNTIME_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_TOOL = 3                        # a sys.monitoring tool id of our own
_mon = sys.monitoring
_JUMP = _mon.events.JUMP
_armed = set()
stats = {"preempts": 0, "deferred": 0}


def _switchable(frame):
    """True if switching threads here is what CPython could do: user code, not an import,
    not the runtime's own critical sections, and on a thread's own stack."""
    f = frame
    while True:
        back = f.f_back
        if back is None:
            return f.f_code in _s.runner_codes
        name = f.f_code.co_filename
        if name.startswith(_RUNTIME_DIR) or name.startswith("<frozen importlib"):
            return False
        f = back


def _others_may_run():
    # A sleeper's timer (or another process's answer) can only fire when the JS event loop
    # gets a turn: give it one at the end of each slice, as CPython's GIL would to the OS.
    return _s.runnable > 1 or _s.timed or _s.foreign


def _switch():
    stats["preempts"] += 1
    _s.yield_now()


def on_time_slice(signum, frame):
    if frame is None:
        return
    if not _others_may_run():
        _alone()                 # nobody else to run: no more slices until someone may
        return
    code = frame.f_code
    if code.co_code[frame.f_lasti] in _SWITCH_OPS and _switchable(frame):
        _switch()
        return
    stats["deferred"] += 1
    if code not in _armed and not code.co_filename.startswith(_RUNTIME_DIR):
        _armed.add(code)
        _mon.set_local_events(_TOOL, code, _JUMP)


def _on_jump(code, src, dst):
    if dst > src:
        return None              # forward jumps are not eval-breaker points
    for c in _armed:
        _mon.set_local_events(_TOOL, c, 0)
    _armed.clear()
    if _others_may_run() and _switchable(sys._getframe(1)):
        _switch()
    return None


def install():
    import signal
    signal.signal(SIGNAL, on_time_slice)
    _mon.use_tool_id(_TOOL, "pyrt-preempt")
    _mon.register_callback(_TOOL, _JUMP, _on_jump)
    original = sys.setswitchinterval

    def setswitchinterval(interval):
        original(interval)
        _s._js.set_switch_interval(sys.getswitchinterval())

    setswitchinterval.__doc__ = original.__doc__
    sys.setswitchinterval = setswitchinterval
    _s._js.set_switch_interval(sys.getswitchinterval())


def reset():
    for c in _armed:
        _mon.set_local_events(_TOOL, c, 0)
    _armed.clear()
