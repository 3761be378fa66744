"""A child process's main: unpickle the process object its parent shipped and bootstrap it.

As under spawn, the main module is '__mp_main__' (also sys.modules['__main__']); unlike spawn,
the program's top-level code does not run again: what the target needs came with it.

terminate()/kill() arrive through signals.py.
"""
import sys

from . import connection, host, shared_memory


def run(main):
    main.__name__ = "__mp_main__"
    sys.modules["__mp_main__"] = main
    from multiprocessing import process
    me = host.identity()
    process.current_process()._inheriting = True
    try:
        obj = host_payload_object()
    finally:
        del process.current_process()._inheriting
    if obj._start_method == "fork":
        main.__name__ = "__main__"   # fork's child keeps the parent's module name
    exitcode = obj._bootstrap(parent_sentinel=connection.Sentinel(me["ppid"]))
    shared_memory.sync_all()     # what it wrote is there for whoever joins it
    raise SystemExit(exitcode)


def host_payload_object():
    from . import reduction
    return reduction.loads(host.payload())
