"""asyncio on green threads: Pyodide's WebLoop made to behave as CPython's loops do with threads.

Pyodide's WebLoop runs each callback from the JS event loop and, having no threads, runs
run_in_executor's function inline and makes run_forever() return at once. Here:
  * each callback runs as the thread that runs the loop (current_thread() is right, and a
    callback that blocks on a lock parks only itself);
  * run_in_executor (and so asyncio.to_thread) uses a real ThreadPoolExecutor;
  * run_forever() blocks the calling thread until stop(), as in CPython;
  * futures and tasks look and report as CPython's: no bookkeeping callback in their repr,
    "Task exception was never retrieved" only when such a task is collected (at the latest
    at exit), through the 'asyncio' logger.
"""
import asyncio
import asyncio.events
import atexit
import concurrent.futures
import gc

from pyodide.webloop import PyodideFuture, PyodideTask, WebLoop

from . import scheduler as _s


def _run_handle(original):
    def _run(self):
        saved = _s.enter_loop_step()
        try:
            return original(self)
        finally:
            _s.leave_loop_step(saved)
    return _run


def _default_executor(loop):
    executor = getattr(loop, "_pyrt_executor", None)
    if executor is None:
        executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="asyncio")
        loop._pyrt_executor = executor
    return executor


def run_in_executor(self, executor, func, *args):
    """Run func(*args) in `executor` (default: the loop's thread pool); return an asyncio future."""
    if executor is None:
        executor = _default_executor(self)
    return asyncio.wrap_future(executor.submit(func, *args), loop=self)


def set_default_executor(self, executor):
    if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
        raise TypeError("executor must be ThreadPoolExecutor")
    self._pyrt_executor = executor


async def shutdown_default_executor(self, timeout=None):
    executor = getattr(self, "_pyrt_executor", None)
    if executor is not None:
        self._pyrt_executor = None
        await asyncio.to_thread(executor.shutdown, wait=True)


def run_forever(self):
    """Block the calling thread, running callbacks, until stop() is called."""
    stopped = self._pyrt_stopped = self.create_future()
    _s.loop_owner_push(_s.current)
    try:
        _s.wait_foreign(stopped, "loop.run_forever()")
    finally:
        _s.loop_owner_pop()
        self._pyrt_stopped = None


def stop(self):
    stopped = getattr(self, "_pyrt_stopped", None)
    if stopped is not None and not stopped.done():
        stopped.set_result(None)


def _without_progress_callback(original):
    """WebLoop counts pending futures with a done callback of its own, which showed in every
    repr (`<Future pending cb=[_decrement_in_progress()]>`) and, on a failed task nobody
    awaited yet, reported the exception at once: CPython reports "Task exception was never
    retrieved" only when such a task is collected, never for one awaited or gathered later.
    Nothing here uses the count: drop the callback."""
    def create(self, *args, **kwargs):
        fut = original(self, *args, **kwargs)
        if fut.remove_done_callback(self._decrement_in_progress):
            self._in_progress -= 1
        return fut
    return create


def install():
    asyncio.events.Handle._run = _run_handle(asyncio.events.Handle._run)
    WebLoop.run_in_executor = run_in_executor
    WebLoop.set_default_executor = set_default_executor
    WebLoop.shutdown_default_executor = shutdown_default_executor
    WebLoop.run_forever = run_forever
    WebLoop.stop = stop
    WebLoop.create_future = _without_progress_callback(WebLoop.create_future)
    WebLoop.create_task = _without_progress_callback(WebLoop.create_task)
    # Reports go through the 'asyncio' logger, as CPython's loops do.
    WebLoop.default_exception_handler = asyncio.BaseEventLoop.default_exception_handler
    WebLoop.call_exception_handler = asyncio.BaseEventLoop.call_exception_handler
    # What a reader sees of them (repr, "Task exception was never retrieved") is asyncio's.
    for cls, name in ((PyodideFuture, "Future"), (PyodideTask, "Task")):
        cls.__name__ = cls.__qualname__ = name


def reset():
    """A new run starts with no executor left from the previous one."""
    loop = asyncio.get_event_loop()
    loop._pyrt_executor = None
    # CPython's last collection at exit reports a failed task nobody retrieved (registered
    # first, so it runs after the program's own atexit functions).
    atexit.register(gc.collect)
