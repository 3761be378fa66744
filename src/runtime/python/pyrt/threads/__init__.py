"""Green threads: a drop-in `_thread` on JSPI stack switching (see scheduler.py).

install() runs once per interpreter, before any program: it puts thread_api in
sys.modules['_thread'], makes `queue` use its pure-Python SimpleQueue, routes time.sleep and
every wait on JS through the scheduler, and turns on time slicing. Each run then starts
with a fresh threading module state (before_run) and says afterwards whether threads were
left behind (after_run), in which case the worker replaces the interpreter.
"""
import errno
import functools
import importlib
import os
import select
import signal
import sys
import time

from .. import blocking, module_cache, runner
from . import cpu_time, event_loop, gc_guard, preempt, scheduler, thread_api, timeline, unwind

DEFAULT_SWITCH_INTERVAL = 0.005
# Modules that keep thread state of their own from the previous run, re-imported fresh.
_PER_RUN_MODULES = ("concurrent.futures.thread", "concurrent.futures.process",
                    "multiprocessing.dummy", "_threading_local")
_CACHED_NAMES = {"concurrent.futures": ("ThreadPoolExecutor", "ProcessPoolExecutor",
                                        "InterpreterPoolExecutor")}


def install(limit):
    scheduler.limit = limit
    scheduler.reset()
    sys.modules["_thread"] = thread_api
    thread_api.install()
    sys.modules["_queue"] = None          # queue falls back to its pure-Python SimpleQueue
    scheduler.runner_codes.add(runner.run_program.__code__)
    time.sleep = scheduler.sleep
    time.thread_time, time.thread_time_ns = cpu_time.thread_time, cpu_time.thread_time_ns
    time.get_clock_info = _clock_info
    select.select = _select
    blocking._suspend = scheduler.wait_foreign
    for name in ("threading", "queue", "logging"):
        if name in sys.modules:
            importlib.reload(sys.modules[name])
    # Ours is the default SIGINT handler: asyncio.Runner, seeing the default, installs its own
    # (cancel the main task, KeyboardInterrupt at the second press) as it does in CPython.
    signal.default_int_handler = scheduler.on_sigint
    signal.signal(signal.SIGINT, scheduler.on_sigint)
    # CPython allows these only in the main thread; every green thread is on the one real one.
    signal.signal = _main_thread_only(_uncatchable_refused(signal.signal), "signal")
    signal.set_wakeup_fd = _main_thread_only(signal.set_wakeup_fd, "set_wakeup_fd")
    preempt.install()
    event_loop.install()
    gc_guard.install()
    runner.before_run.append(_before_run)
    runner.between_runs.append(_between_runs)
    runner.after_run.append(_after_run)


_real_clock_info = time.get_clock_info


@functools.wraps(_real_clock_info)
def _clock_info(name):
    if name == "thread_time":   # cpu_time.py's clock: perf_counter, counted per thread
        info = _real_clock_info("perf_counter")
        info.implementation = "perf_counter() while the thread runs"
        return info
    return _real_clock_info(name)


_real_select = select.select


@functools.wraps(_real_select)
def _select(rlist, wlist, xlist, timeout=None):
    # With nothing to watch, select() is a portable sleep (Effective Python's "blocking system
    # call"); Emscripten's returns at once, so it sleeps here, parking only this thread.
    if timeout is not None and not (rlist or wlist or xlist):
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
        scheduler.sleep(timeout)
        return [], [], []
    return _real_select(rlist, wlist, xlist, timeout)


def _uncatchable_refused(real_signal):
    """Emscripten lets a handler be set for SIGKILL and SIGSTOP; a kernel refuses (EINVAL)."""
    uncatchable = {signal.SIGKILL, signal.SIGSTOP}

    @functools.wraps(real_signal)
    def signal_(signalnum, handler):
        if signalnum in uncatchable:
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))
        return real_signal(signalnum, handler)
    return signal_


def _main_thread_only(fn, name):
    @functools.wraps(fn)
    def main_thread_only(*args, **kwargs):
        if scheduler.current != scheduler.MAIN_IDENT:
            raise ValueError("%s only works in main thread of the main interpreter" % name)
        return fn(*args, **kwargs)
    return main_thread_only


def _before_run():
    timeline.start(runner.current_request().get("timeline", False))
    # A Stop or terminate() meant for the last run can land after it, while prepare() runs
    # Python: it must not interrupt this one.
    scheduler.interrupt_pending = False


def _between_runs():
    scheduler.reset()
    thread_api.reset()
    gc_guard.reset()
    preempt.reset()
    event_loop.reset()
    sys.setswitchinterval(DEFAULT_SWITCH_INTERVAL)
    for name in _PER_RUN_MODULES:
        sys.modules.pop(name, None)
    for package, names in _CACHED_NAMES.items():
        module = sys.modules.get(package)
        for name in names if module else ():
            module.__dict__.pop(name, None)
    # A fresh threading: new main-thread object, no leftover atexit hooks or excepthook.
    if "threading" in sys.modules:
        module_cache.reexec("threading")


def _after_run(result):
    if timeline.requested:
        result["timeline"] = timeline.summary(scheduler.MAIN_IDENT)
        timeline.stop()
    left = [r for r in scheduler.threads.values() if r.ident != scheduler.MAIN_IDENT]
    if left:
        if not unwind.unwind(left):
            result["recycle"] = True      # their stacks are abandoned: start clean next run
        # Now, not between runs: JS must drop their waiters before its event loop can resume one.
        scheduler.reset()


def join_threads_at_exit(status):
    """Whether interpreter exit should wait for non-daemon threads after this status."""
    return status not in ("deadlock", "stopped")
