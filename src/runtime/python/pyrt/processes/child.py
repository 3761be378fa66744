"""A child process's main: unpickle the process object its parent shipped and bootstrap it.

As under spawn, the main module is '__mp_main__' (also sys.modules['__main__']); unlike spawn,
the program's top-level code does not run again: what the target needs came with it.
"""
import signal
import sys

from . import connection, host, reduction


def run(main):
    main.__name__ = "__mp_main__"
    sys.modules["__mp_main__"] = main
    from multiprocessing import process
    me = host.identity()
    process.current_process()._inheriting = True
    try:
        obj = reduction.loads(host.payload())
    finally:
        del process.current_process()._inheriting
    obj.run = _until_terminated(obj.run)
    signal.signal(signal.SIGTERM, _on_sigterm)
    exitcode = obj._bootstrap(parent_sentinel=connection.Sentinel(me["ppid"]))
    raise SystemExit(exitcode)


def _until_terminated(run):
    def run_until_terminated():
        try:
            run()
        except host.Terminated as t:
            raise SystemExit(-t.sig) from None
    return run_until_terminated


def _on_sigterm(signum, frame):
    raise host.Terminated(signal.SIGTERM)
