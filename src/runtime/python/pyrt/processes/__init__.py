"""Processes: the stdlib's multiprocessing and ProcessPoolExecutor, each process an interpreter.

install() runs once per interpreter. It hooks the import of a few multiprocessing modules so
that, as they load, their platform layer is this package's: the Popen that starts a child on
a worker of the pool (popen), pipes and wait() (connection), queues (queues), the pickler that
ships the program's code by value (reduction). Everything above that layer is the stdlib's own
code, unmodified: Process, Pool, managers' API, concurrent.futures.process.

Each run re-imports multiprocessing (fresh process table, atexit hook, counters) and learns
who it is (pid, parent, cpus); a child run bootstraps the process object shipped to it.
"""
import errno
import importlib.abc
import operator
import os
import sys

from .. import runner
from . import host

# Re-imported by each run: multiprocessing keeps per-program state (process table, counters,
# finalizers, an atexit hook, managers' per-thread connections), and this package's modules
# that import from it must see the fresh modules. (Resetting that state in place instead was
# tried: it is faster but managers then hang; see the note in the report.)
_PER_RUN = ("multiprocessing", "concurrent.futures.process", "pyrt.processes.popen",
            "pyrt.processes.connection", "pyrt.processes.queues", "pyrt.processes.child",
            "pyrt.processes.sharedctypes")


def _patch_context(module):
    from .popen import Popen

    def _Popen(process_obj):
        return Popen(process_obj)

    for name in ("ForkProcess", "SpawnProcess", "ForkServerProcess"):
        getattr(module, name)._Popen = staticmethod(_Popen)


def _patch_connection(module):
    from . import connection
    module.Pipe = connection.Pipe
    module.wait = connection.wait
    module.Listener = connection.Listener
    module.Client = connection.Client


def _patch_queues(module):
    from . import queues
    module.Queue = queues.Queue
    module.JoinableQueue = queues.JoinableQueue
    module.SimpleQueue = queues.SimpleQueue


def _patch_reduction(module):
    from . import reduction
    module.ForkingPickler = reduction.ForkingPickler
    module.dump = reduction.dump


def _patch_synchronize(module):
    getstate = module.SemLock.__getstate__

    def __getstate__(self):
        # A SemLock of the fork context reaches a child by pickling here (no real fork).
        self._is_fork_ctx = False
        return getstate(self)

    module.SemLock.__getstate__ = __getstate__


def _patch_heap(module):
    from .shm import SharedBufferWrapper
    module.BufferWrapper = SharedBufferWrapper


def _patch_sharedctypes(module):
    from . import sharedctypes
    sharedctypes._ctypes_synchronized = module.synchronized
    for name in ("RawValue", "RawArray", "Value", "Array", "synchronized"):
        setattr(module, name, getattr(sharedctypes, name))


def _patch_shared_memory(module):
    from . import shared_memory
    shared_memory.patch(module)


_PATCHES = {
    "multiprocessing.shared_memory": _patch_shared_memory,
    "multiprocessing.synchronize": _patch_synchronize,
    "multiprocessing.heap": _patch_heap,
    "multiprocessing.sharedctypes": _patch_sharedctypes,
    "multiprocessing.context": _patch_context,
    "multiprocessing.connection": _patch_connection,
    "multiprocessing.queues": _patch_queues,
    "multiprocessing.reduction": _patch_reduction,
}


class _PatchingLoader(importlib.abc.Loader):
    """Runs the stdlib module, then swaps in this package's platform layer."""

    def __init__(self, loader, patch):
        self._loader = loader
        self._patch = patch

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        self._patch(module)

    def __getattr__(self, name):   # get_source, get_filename... as the real loader
        return getattr(self._loader, name)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        patch = _PATCHES.get(name)
        if patch is None:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                spec.loader = _PatchingLoader(spec.loader, patch)
                return spec
        return None


def _fork():
    raise OSError(errno.ENOSYS, "os.fork() cannot copy a running interpreter in this runtime: "
                  "start a multiprocessing.Process (any start method works, 'fork' included)")


_real_os_exit = os._exit


def _os_exit(status):
    """os._exit: the process ends at once, with no clean-up, as in CPython. The runtime hears of
    it first: the interpreter it runs on is gone after this call."""
    status = operator.index(status)
    host.exiting(status)
    _real_os_exit(status)


def _sched_getaffinity(pid):
    """The CPUs this process may run on: all that the runtime gives (len() = cpu_count())."""
    return set(range(os.cpu_count() or 1))


def install():
    os.getpid, os.getppid = _getpid, _getppid
    os.cpu_count = os.process_cpu_count = _cpu_count
    os.fork = _fork
    os._exit = _os_exit
    os.sched_getaffinity = _sched_getaffinity
    sys.meta_path.insert(0, _Finder())
    from . import semlock
    sys.modules["_multiprocessing"] = semlock.module()
    from . import python_subprocess, shared_memory
    sys.modules["_posixshmem"] = shared_memory._PosixShmem()
    python_subprocess.install()
    if "pyrt.threads.scheduler" in sys.modules:
        from . import signals
        signals.install()
    runner.before_run.append(_before_run)
    runner.between_runs.append(_between_runs)
    _between_runs()


def _between_runs():
    package = sys.modules[__name__]
    for name in [n for n in sys.modules if n.startswith(_PER_RUN)]:
        del sys.modules[name]
        if name.startswith(__name__ + "."):
            package.__dict__.pop(name.rpartition(".")[2], None)  # else `from . import x` finds the old one
    sys.modules.pop("__mp_main__", None)
    futures = sys.modules.get("concurrent.futures")
    if futures is not None:
        futures.__dict__.pop("ProcessPoolExecutor", None)
    host.reset_ids()
    # A signal for the last run arrives before its end (its port closes then): clear it here.
    host.terminating = 0
    host.terminate_delivered = False
    from . import shared_memory
    shared_memory.reset()


_me = {"pid": os.getpid(), "ppid": os.getppid(), "cpus": os.cpu_count()}


def _getpid():
    return _me["pid"]


def _getppid():
    return _me["ppid"]


def _cpu_count():
    return _me["cpus"]


def _before_run():
    global _me
    me = host.identity()
    runner.main_override = None
    if not me:
        return
    _me = me            # what os.getpid(), os.getppid() and os.cpu_count() say from now on
    if me["child"]:
        from . import child
        runner.main_override = child.run

