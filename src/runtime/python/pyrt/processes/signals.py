"""terminate()/kill(): how a process unwinds its main thread with host.Terminated.

Terminated is a SystemExit with the negative signal number, so BaseProcess._bootstrap exits
with it quietly. It arrives as SIGTERM through the signal buffer while Python computes
(on_sigterm, installed once per interpreter), or from the group's port while the process
waits (deliver_signal, called by service.ts): then the scheduler wakes the main thread.
"""
import errno
import functools
import os
import signal
import sys

from . import host

_NOT_HERE = ("<frozen", os.path.dirname(os.path.dirname(os.path.dirname(__file__))) + "/")


def deliver_signal(sig):
    """From JS, while this process waits: end the main thread's wait with Terminated."""
    if host.terminating:
        return
    host.terminating = sig
    host.signaled()
    from ..threads import scheduler
    scheduler.interrupt_main()


def on_sigterm(signum, frame):
    """SIGTERM while Python computes: unwind the main thread where it is, if it is there."""
    if host.terminating:
        return
    from ..threads import scheduler
    host.terminating = signal.SIGTERM
    host.signaled()
    main = scheduler.threads.get(scheduler.MAIN_IDENT)
    on_main_stack = (scheduler.current == scheduler.MAIN_IDENT and main is not None
                     and main.waiter is None and not main.foreign and _green_frame(frame, scheduler))
    # In the program's own code, unwind right there; inside an import, a deallocator or the
    # runtime, the exception would be swallowed or leave things half done: raise it at the
    # main thread's next wait instead (the group tears the worker down if none comes).
    if on_main_stack and not frame.f_code.co_filename.startswith(_NOT_HERE):
        host.terminate_delivered = True
        raise host.Terminated(signal.SIGTERM)
    scheduler.interrupt_main()


def _green_frame(frame, scheduler):
    """Is this frame on a thread's own stack (not inside a JS callback)?"""
    f = frame
    while f is not None and f.f_back is not None:
        f = f.f_back
    return f is not None and f.f_code in scheduler.runner_codes


def kill(pid, sig):
    """os.kill for this runtime, which has no OS processes to signal.

    To this process: the signal's handler runs (signal.raise_signal); SIGKILL, which no
    handler sees, ends it with exit code -9. To a live process of the run: SIGTERM, SIGKILL
    and SIGINT end it as terminate() and kill() do. Signal 0 checks that the process is alive.
    Any other pid: ProcessLookupError, as for a pid that does not exist."""
    sig = int(sig)
    if pid == os.getpid():
        if sig == signal.SIGKILL:
            raise host.Terminated(sig)
        if sig:
            signal.raise_signal(sig)
        return
    if pid > 0 and host.linked() and host.wait(pid, 0, "os.kill()") is None:
        if sig:
            host.kill(pid, sig)
        return
    raise ProcessLookupError(errno.ESRCH, os.strerror(errno.ESRCH))


def install():
    """os.kill, SIGTERM's handler, and the scheduler's "interrupt the main thread" raising Terminated
    while terminating (else KeyboardInterrupt, as it does for Stop)."""
    os.kill = kill
    signal.signal(signal.SIGTERM, on_sigterm)
    _hide_sigterm_handler()
    from ..threads import scheduler
    raise_interrupt = scheduler._raise_interrupt

    def _raise_interrupt():
        if not host.terminating:
            return raise_interrupt()
        scheduler.interrupt_pending = False
        if not host.terminate_delivered:
            host.terminate_delivered = True
            raise host.Terminated(host.terminating)

    scheduler._raise_interrupt = _raise_interrupt

    unraisable = sys.unraisablehook

    def unraisablehook(u):
        # Terminated hit a finalizer or weakref callback, which swallows it: raise it again at
        # the main thread's next wait.
        if isinstance(u.exc_value, host.Terminated):
            host.terminate_delivered = False
            scheduler.interrupt_main()
            return
        unraisable(u)

    sys.unraisablehook = unraisablehook


def _hide_sigterm_handler():
    """To the program, SIGTERM's handler is SIG_DFL, as in a fresh python3, though on_sigterm
    is what runs: a program that sets SIG_DFL back gets on_sigterm, so terminate() still ends
    the process."""
    real_signal, real_getsignal = signal.signal, signal.getsignal

    def public(handler):
        return signal.SIG_DFL if handler is on_sigterm else handler

    @functools.wraps(real_signal)
    def signal_(signalnum, handler):
        if signalnum == signal.SIGTERM and handler is signal.SIG_DFL:
            handler = on_sigterm
        return public(real_signal(signalnum, handler))

    @functools.wraps(real_getsignal)
    def getsignal(signalnum):
        return public(real_getsignal(signalnum))

    signal.signal, signal.getsignal = signal_, getsignal
