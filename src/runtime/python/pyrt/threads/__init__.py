"""Green threads: a drop-in `_thread` on JSPI stack switching (see scheduler.py).

install() runs once per interpreter, before any program: it puts thread_api in
sys.modules['_thread'], makes `queue` use its pure-Python SimpleQueue, routes time.sleep and
every wait on JS through the scheduler, and turns on time slicing. Each run then starts
with a fresh threading module state (before_run) and says afterwards whether threads were
left behind (after_run), in which case the worker replaces the interpreter.
"""
import importlib
import signal
import sys
import time

from .. import blocking, module_cache, runner
from . import event_loop, gc_guard, preempt, scheduler, thread_api, timeline

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
    blocking._suspend = scheduler.wait_foreign
    for name in ("threading", "queue", "logging"):
        if name in sys.modules:
            importlib.reload(sys.modules[name])
    # Ours is the default SIGINT handler: asyncio.Runner, seeing the default, installs its own
    # (cancel the main task, KeyboardInterrupt at the second press) as it does in CPython.
    signal.default_int_handler = scheduler.on_sigint
    signal.signal(signal.SIGINT, scheduler.on_sigint)
    preempt.install()
    event_loop.install()
    gc_guard.install()
    runner.before_run.append(_before_run)
    runner.after_run.append(_after_run)


def _before_run():
    timeline.start(runner.current_request().get("timeline", False))
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
        timeline.start(False)
    left = [r for r in scheduler.threads.values() if r.ident != scheduler.MAIN_IDENT]
    if left:
        result["recycle"] = True          # their stacks are abandoned: start clean next run
    scheduler.reset()


def join_threads_at_exit(status):
    """Whether interpreter exit should wait for non-daemon threads after this status."""
    return status not in ("deadlock", "stopped")
