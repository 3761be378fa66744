"""Runs one program the way `python3 file.py` does, in a fresh __main__.

run_program(request_json) -> JSON text of dict(status, exitCode, asserts, error, deadlock,
recycle, ...): JSON both ways, as a few us of text beat converting dicts between JS and Python.

status is one of passed (ran to the end, exit 0), failed (an assert failed), error (another
uncaught exception or a non-zero exit), stopped (KeyboardInterrupt: the reader pressed Stop),
deadlock (every thread blocked). Tracebacks go to stderr exactly as CPython prints them.
"""
import ast
import atexit
import gc
import builtins
import json
import linecache
import math
import os
import sys
import traceback
import types

from . import DeadlockError, asserts, fresh_state, module_cache

_RUNTIME_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_STDLIB = (os.path.dirname(os.__file__), "/lib/python3")  # the stdlib zip, site-packages
_boot_modules = frozenset()
_boot_path = []
_boot_cwd = "/"

_request = {}
_main = None
_host = None   # what a run calls back in JS (report_assert): given once, at boot

# Hooks other runtime services register: called before each run and after it ends.
before_run = []
after_run = []
# Resets that need nothing from the next request: made at boot and after each run, once its
# result has gone back (prepare(), called by the host), so no reader waits for them.
between_runs = []
# Set by a service (before_run) to run something else in place of the program's top-level code:
# a child process runs the target shipped to it, main_override(main_module).
main_override = None


def boot(host):
    """Called once per interpreter, after the runtime's services are installed."""
    global _boot_modules, _boot_path, _boot_cwd, _host
    _host = host
    module_cache.install()
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(line_buffering=True)  # stream output line by line as printed
    _boot_modules = frozenset(sys.modules)
    _boot_path = list(sys.path)
    _boot_cwd = os.getcwd()
    prepare()


_last_filename = None   # the run whose clean-up prepare() still owes


def prepare():
    """Get the interpreter ready for the next run: the last run's clean-up, then between_runs."""
    global _last_filename
    steps = [] if _last_filename is None else [lambda: _clean_up(_last_filename)]
    for step in steps + between_runs:
        try:
            step()
        except KeyboardInterrupt:      # a Stop meant for the last run landed here: once more
            step()
    _last_filename = None
    if steps:
        # What the last run and these resets left (the replaced threading module: cycles of
        # some 700 objects) is freed now, between runs, not by the next run's exit collection.
        gc.collect()


def warmed():
    """Called once, after a first (empty) run at boot paid for the first run's imports.

    The interpreter as it is now (stdlib, runtime) lives as long as the worker: keep it out of
    every later collection, so a full one (at each run's exit, see event_loop.reset) looks only
    at what runs made: 20 ms -> about 1 ms."""
    fresh_state.snapshot()
    gc.collect()
    gc.freeze()


class _Outcome:
    def __init__(self):
        self.status = "passed"
        self.exit_code = 0
        self.error = None
        self.deadlock = None
        self.recycle = False

    def exception(self, exc):
        """Record an uncaught exception; the first one decides the status."""
        if isinstance(exc, SystemExit):
            self._exit(exc)
            return
        if isinstance(exc, DeadlockError):
            print(exc.report, file=sys.stderr)  # the report says more than a traceback
        else:
            _print_traceback(exc)
        if isinstance(exc, MemoryError):
            # Wasm memory never shrinks: the worker keeps what the program grew it to, so the
            # pool replaces it rather than hand a nearly full heap to the next run.
            self.recycle = True
            print("The program ran out of memory (MemoryError); its worker is replaced.", file=sys.stderr)
        if self.status != "passed":
            return
        if isinstance(exc, KeyboardInterrupt):
            self.status, self.exit_code = "stopped", 130
        elif isinstance(exc, DeadlockError):
            self.status, self.exit_code, self.deadlock = "deadlock", 1, exc.report
        elif isinstance(exc, AssertionError):
            self.status, self.exit_code = "failed", 1
        else:
            self.status, self.exit_code = "error", 1
        self.error = {
            "type": type(exc).__name__,
            "message": str(exc),
            "traceback": "".join(traceback.format_exception(exc)),
        }

    def _exit(self, exc):
        code = exc.code
        if code is None:
            code = 0
        elif not isinstance(code, int):
            print(code, file=sys.stderr)
            code = 1
        if self.status == "passed":
            self.exit_code = code & 0xFF if code >= 0 else code
            if code != 0:
                self.status = "error"

    def as_dict(self, tally):
        extra = {"recycle": True} if self.recycle else {}
        return {**extra,
            "status": self.status, "exitCode": self.exit_code, "wallMs": 0,
            "asserts": tally.summary(), "error": self.error, "deadlock": self.deadlock,
        }


def _without_runtime_frames(tb):
    """The traceback minus the runtime's own frames (the bootstrap, a signal handler)."""
    head = tb
    while head is not None and head.tb_frame.f_code.co_filename.startswith(_RUNTIME_DIR):
        head = head.tb_next
    node = head
    while node is not None:
        nxt = node.tb_next
        while nxt is not None and nxt.tb_frame.f_code.co_filename.startswith(_RUNTIME_DIR):
            nxt = nxt.tb_next
        node.tb_next = nxt
        node = nxt
    return head


def _print_traceback(exc):
    """As CPython's sys.excepthook prints it."""
    tb = exc.__traceback__ = _without_runtime_frames(exc.__traceback__)
    try:
        sys.excepthook(type(exc), exc, tb)
    except Exception:
        traceback.print_exception(exc)


def _compile(code, filename, tally, report_asserts):
    try:
        if not report_asserts or "assert" not in code:
            # Nothing to rewrite: compile the text (an AST round trip costs a millisecond or more).
            return compile(code, filename, "exec", dont_inherit=True)
        tree = asserts.rewrite(ast.parse(code, filename), code, tally)
        return compile(tree, filename, "exec", dont_inherit=True)
    except SyntaxError as exc:
        raise exc.with_traceback(None)   # CPython shows a bad program's SyntaxError frameless


def _finalize(status):
    """What interpreter exit does after __main__: join non-daemon threads, then atexit.

    After a deadlock or Stop the threads can never end (CPython would hang): don't wait."""
    threading = sys.modules.get("threading")
    if threading is not None and status not in ("deadlock", "stopped"):
        threading._shutdown()
    atexit._run_exitfuncs()
    _exit_collection()


_collections_before = 0


def _collections():
    return sum([generation["collections"] for generation in gc.get_stats()])


def _exit_collection():
    """The collection an exiting interpreter makes, which runs what garbage cycles' finalizers
    say (asyncio's "Task exception was never retrieved", a __del__): while no collection has
    run since the program started, all it made is young and a young collection finds all of
    its garbage (0.04 ms at the end of a print(1) run); else a full one (0.3 ms there)."""
    gc.collect(0 if _collections() == _collections_before else 2)


def current_request():
    """The request of the run in progress (what the host asked for: file, args, timeline...)."""
    return _request


def current_main():
    """The program's __main__ module, until the after_run hooks are done."""
    return _main


def run_program(request_json):
    global _request, _main, _last_filename, _collections_before
    _request = request = _decode(request_json, 0)[0]
    code, filename = request["code"], request["filename"]
    # _host.report_assert is looked up at the first assert: each look-up crosses into JS.
    tally = asserts.Tally(lambda *report: _host.report_assert(*report))
    outcome = _Outcome()
    main = _main = types.ModuleType("__main__")
    main.__file__ = filename
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    sys.argv = [filename, *request["args"]]
    if request["path_dir"]:
        sys.path.insert(0, request["path_dir"])
    if request["cwd"]:
        os.chdir(request["cwd"])
    # Tracebacks show the program's lines even when it is not a file (a block on a page).
    linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)
    _collections_before = _collections()
    try:
        for hook in before_run:
            hook()
        compiled = _compile(code, filename, tally, request["report_asserts"])
        if main_override is None:
            exec(compiled, main.__dict__)
        else:
            main_override(main)
    except BaseException as exc:
        outcome.exception(exc)
    try:
        _finalize(outcome.status)
    except BaseException as exc:
        outcome.exception(exc)
    finally:
        _flush()
    result = outcome.as_dict(tally)
    for hook in after_run:
        hook(result)
    _main = None
    _last_filename = filename     # cleaned up by prepare(), after the result has gone back
    return to_json(result)


# The C scanner and encoder themselves, made once: json.loads and json.dumps(allow_nan=False)
# wrap them in Python calls (dumps makes a new C encoder, and a closure, every call) that cost a
# run 0.1 ms before its first line runs and ~25 us at its end (a run has cold caches).
_decode = json.JSONDecoder().scan_once


def _not_json(value):
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_c_encode = json.encoder.c_make_encoder(
    None, _not_json, json.encoder.encode_basestring_ascii, None, ":", ",", False, False, False)


def _encode(value):
    return "".join(_c_encode(value, 0))


def to_json(value):
    """JSON text for JS's JSON.parse: a float that is not finite (no JSON for it) becomes null."""
    try:
        return _encode(value)
    except ValueError:
        return _encode(_finite(value))


def _finite(value):
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def _flush():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass


def _clean_up(filename):
    """Leave the interpreter as boot() found it, so the next run starts fresh."""
    atexit._clear()
    linecache.cache.pop(filename, None)
    for name in [n for n in sys.modules if n not in _boot_modules]:
        module = sys.modules.get(name)
        origin = getattr(module, "__file__", None) or ""
        # Keep the stdlib the program imported (cheap next time); drop the reader's modules.
        if origin and not origin.startswith(_STDLIB) and not origin.startswith(_RUNTIME_DIR):
            del sys.modules[name]
    sys.path[:] = _boot_path
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        os.chdir(_boot_cwd)
    except OSError:
        pass
    for name in (asserts.COMPARE, asserts.CHECK):
        if hasattr(builtins, name):
            delattr(builtins, name)
    fresh_state.restore()
