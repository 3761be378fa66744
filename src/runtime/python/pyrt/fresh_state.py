"""Process-wide settings a program may change, put back after each run.

A run must start as a fresh `python3 file.py` does, though the interpreter lives on: a block
that calls logging.basicConfig, sets a warnings filter, an environment variable, a signal
handler or a recursion limit must not leave it to the next block (where basicConfig would
silently do nothing). snapshot() records them once the runtime is installed and warm;
restore() runs at the end of every run. (Modules, sys.path, the cwd and threading's state are
reset elsewhere: runner._clean_up and the threads package.)
"""
import logging
import os
import signal
import sys
import warnings

_SIGNALS = [s for s in (getattr(signal, n, None) for n in (
    "SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGALRM", "SIGUSR2", "SIGCHLD", "SIGPIPE")) if s]
_SYS_HOOKS = ("excepthook", "displayhook", "unraisablehook", "breakpointhook",
              "stdout", "stderr", "stdin")

_saved = None


def snapshot():
    global _saved
    manager = logging.root.manager
    _saved = {
        "environ": dict(os.environ),
        "recursionlimit": sys.getrecursionlimit(),
        "sys": {name: getattr(sys, name) for name in _SYS_HOOKS},
        "trace": (sys.gettrace(), sys.getprofile()),
        "signals": {s: signal.getsignal(s) for s in _SIGNALS},
        "warnings": (list(warnings.filters), warnings.showwarning, warnings.formatwarning),
        "loggers": {name: _logger_state(lg) for name, lg in manager.loggerDict.items()},
        "root": _logger_state(logging.root),
        "logging": (logging.getLoggerClass(), logging.getLogRecordFactory(), manager.disable),
    }


def _logger_state(logger):
    if not isinstance(logger, logging.Logger):      # a PlaceHolder
        return None
    return (logger, logger.level, list(logger.handlers), logger.propagate, logger.disabled)


def restore():
    if _saved is None:
        return
    _restore_environ(_saved["environ"])
    if sys.getrecursionlimit() != _saved["recursionlimit"]:
        sys.setrecursionlimit(_saved["recursionlimit"])
    for name, value in _saved["sys"].items():
        if getattr(sys, name) is not value:
            setattr(sys, name, value)
    trace, profile = _saved["trace"]
    if sys.gettrace() is not trace:
        sys.settrace(trace)
    if sys.getprofile() is not profile:
        sys.setprofile(profile)
    _restore_signals(_saved["signals"])
    _restore_warnings(*_saved["warnings"])
    _restore_logging()


def _restore_environ(saved):
    if os.environ == saved:
        return
    for key in [k for k in os.environ if k not in saved]:
        del os.environ[key]
    for key, value in saved.items():
        if os.environ.get(key) != value:
            os.environ[key] = value


def _restore_signals(saved):
    # Between runs the main thread is the current one, so the wrapped signal.signal (main
    # thread only; SIG_DFL for SIGTERM installs the runtime's terminate handler) may be used.
    for sig, handler in saved.items():
        if signal.getsignal(sig) is not handler and handler is not None:
            signal.signal(sig, handler)
    if hasattr(signal, "alarm"):
        try:
            signal.alarm(0)
        except OSError:
            pass


def _restore_warnings(filters, showwarning, formatwarning):
    if warnings.filters != filters:
        warnings.filters[:] = filters
        warnings._filters_mutated()   # registries of warnings already shown start over
    warnings.showwarning = showwarning
    warnings.formatwarning = formatwarning


def _restore_logging():
    manager = logging.root.manager
    saved = _saved["loggers"]
    with logging._lock:
        for name in [n for n in manager.loggerDict if n not in saved]:
            del manager.loggerDict[name]        # loggers the program made
        for state in [*saved.values(), _saved["root"]]:
            if state is None:
                continue
            logger, level, handlers, propagate, disabled = state
            for h in logger.handlers:
                if h not in handlers:
                    _close(h)
            logger.handlers[:] = handlers
            logger.level, logger.propagate, logger.disabled = level, propagate, disabled
        logger_class, record_factory, disable = _saved["logging"]
        logging.setLoggerClass(logger_class)
        logging.setLogRecordFactory(record_factory)
        manager.disable = disable
        manager._clear_cache()


def _close(handler):
    try:
        handler.flush()
        handler.close()
    except Exception:
        pass
