"""How a green thread stops and is woken: the memory shared with the JS side (wait-slots.ts).

Each live thread has a slot. To stop, a thread writes why into its slot (parked, with its
timeout; yielding) and polls the slot's own descriptor: suspend-poll.ts answers that poll()
with the promise the thread waits on, and the stack suspends in the syscall. To wake a thread,
another writes the result into the sleeper's slot and lists the slot; the JS side resumes the
listed threads at the next switch, the only time its event loop can run them. So a hand-off
makes no JS call from Python but the poll() itself (each call costs about 4 us in wasm).
"""
import ctypes
import select

import pyrt_threads_js as _js  # registered by threads.ts

SLOTS = _js.max_threads + 1          # slot 0 is the main thread's
_SUSPEND_FD = _js.suspend_fd
_states = _js.wait_states
TIMED_OUT, WOKEN, DEADLOCK, INTERRUPTED, UNWIND, LOCATE = (
    _states.TIMED_OUT, _states.WOKEN, _states.DEADLOCK, _states.INTERRUPTED, _states.UNWIND,
    _states.LOCATE)
PARKED, YIELDING, RUNNING = _states.PARKED, _states.YIELDING, _states.RUNNING
del _states


def _shared(size):
    buf = bytearray(size)
    return buf, ctypes.addressof(ctypes.c_char.from_buffer(buf))


_f64, _f64_at = _shared(8 * (1 + 2 * SLOTS))
_i32, _i32_at = _shared(4 * (1 + 2 * SLOTS))
_js.set_shared(_f64_at, _i32_at, SLOTS)

# clock[0]: perf_counter() at the last switch, set by the JS side at every point where the
# running thread can change. A thread starts running only at one of those, so the slot read
# when it resumes is when it resumed: the timeline records switches without reading the
# clock, which under Pyodide is a JS call costing about 1 us.
clock = memoryview(_f64).cast("d")
timeout_ms = memoryview(_f64)[8:8 * (1 + SLOTS)].cast("d")
stopped_at = memoryview(_f64)[8 * (1 + SLOTS):].cast("d")    # when the thread last stopped
_wakes = memoryview(_i32).cast("i")            # [0]: how many, then the slots
state = memoryview(_i32)[4 * (1 + SLOTS):].cast("i")

_free = []
polls = [None] * SLOTS                # each slot's poll(), once made (poller)


def _poll_of(slot):
    """The slot's poll(): one poll object per slot, as a poll object refuses a second poll()
    while one of its own is in progress (its thread suspended in it)."""
    poller = select.poll()
    poller.register(_SUSPEND_FD + slot, 0)
    polls[slot] = poller.poll
    return poller.poll


def take_slot():
    slot = _free.pop()
    state[slot] = RUNNING
    return slot


def give_back(slot):
    _free.append(slot)


def reset(abandoned):
    """A new run: every slot but the main thread's is free. `abandoned`: slots of stacks left
    suspended (their poll objects can never poll again)."""
    for slot in abandoned:
        polls[slot] = None
    _free[:] = range(SLOTS - 1, 0, -1)
    state[0] = RUNNING
    _wakes[0] = 0


def poller(slot):
    """What suspends the thread in `slot`, whose slot says why: poller(slot)(None). Its state
    then says how the wait ended. Raises OSError where the stack cannot suspend (Python
    called synchronously from JS)."""
    return polls[slot] or _poll_of(slot)


def wake(slot, result, in_callback):
    """End the wait of the thread in `slot` with `result`; False if it was over already (a
    timer ended it). `in_callback`: no thread runs now, so no switch follows to resume it."""
    if state[slot] != PARKED:
        return False
    state[slot] = result
    n = _wakes[0] + 1
    _wakes[n] = slot
    _wakes[0] = n
    if in_callback:
        _js.resume_woken()
    return True
