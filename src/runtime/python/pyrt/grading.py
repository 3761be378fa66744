"""Checks a reader's solution to an exercise against the author's tests, in one run.

The page sends a small driver program (src/exercises/program.ts) as the run's __main__; it
calls begin(spec), executes the reader's code in its own globals, then calls each test
function the author wrote. The driver, not this module, makes those calls: code called from
the runtime's own frames is never time-sliced (preempt.py), and the reader's code must be.

Tests import the helpers below (output, elapsed, started_threads, printed, timed). In a race
run (spec["race"] = a seed), forced thread switches are added just before the reader's code
stores to a variable, attribute or item, at seeded random points, and the switch interval is
made tiny: an unlocked read-modify-write then loses updates every time instead of rarely.

What happened is added to the run's result as result["grades"] (after_run hook).
"""
import ast
import builtins
import dis
import json
import linecache
import random
import sys
import time
import traceback

from . import DeadlockError, asserts, runner

READER_FILE = "<your code>"
RACE_SWITCH_INTERVAL = 1e-4     # seconds: time slices much shorter than CPython's 5 ms
RACE_PROBABILITY = 0.02         # chance of a forced switch before each store
_TOOL = 4                       # sys.monitoring tool id (preempt.py uses 3)
_STORES = frozenset(dis.opmap[n] for n in (
    "STORE_GLOBAL", "STORE_NAME", "STORE_ATTR", "STORE_SUBSCR", "STORE_DEREF"))
_COMPARE, _CHECK = "__pyrt_test_compare__", "__pyrt_test_check__"

_run = None                     # the check in progress, or None in an ordinary run


class _Tee:
    """sys.stdout that also keeps what was written, for output()."""

    def __init__(self, target):
        self._target = target
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return self._target.write(text)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def text(self):
        return "".join(self.parts)


class _Check:
    def __init__(self, spec):
        self.code = spec["code"]
        self.tests = spec["tests"]
        self.seed = spec.get("race")
        self.results = []
        self.reader = {"ok": False, "kind": None, "error": None, "elapsed": None}
        self.started = []
        self.codes = []
        self.switches = 0
        self.last_failure = None
        self.t0 = None
        self.tally = asserts.Tally(self._on_assert)
        self.stdout = _Tee(sys.stdout)
        self.rng = random.Random(self.seed)

    def _on_assert(self, line, passed, source, message):
        if not passed:
            self.last_failure = message

    def summary(self):
        return {"reader": self.reader, "tests": self.results, "race": self.seed, "switches": self.switches}


def begin(spec_json):
    """Start a check: capture stdout, count started threads, arm the race mode."""
    global _run
    _run = _Check(json.loads(spec_json))
    sys.stdout = _run.stdout
    import threading
    original = threading.Thread.start

    def start(thread):
        _run.started.append(thread)
        return original(thread)

    threading.Thread.start = start
    setattr(builtins, _COMPARE, _run.tally.compare)
    setattr(builtins, _CHECK, _run.tally.check)
    if _run.seed is not None:
        sys.setswitchinterval(RACE_SWITCH_INTERVAL)


def compile_reader():
    """The reader's code, compiled as its own file (tracebacks show its lines)."""
    code = _run.code
    linecache.cache[READER_FILE] = (len(code), None, code.splitlines(True), READER_FILE)
    # The reader's own asserts report their values too ("assert 9871 == 10000").
    tree = asserts._Rewriter(code, _run.tally, (_COMPARE, _CHECK)).visit(ast.parse(code, READER_FILE))
    compiled = compile(ast.fix_missing_locations(tree), READER_FILE, "exec", dont_inherit=True)
    if _run.seed is not None:
        _arm_race(compiled)
    _run.t0 = time.perf_counter()
    return compiled


def _code_objects(code):
    yield code
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            yield from _code_objects(const)


def _arm_race(compiled):
    mon = sys.monitoring
    if mon.get_tool(_TOOL) is None:
        mon.use_tool_id(_TOOL, "pyrt-grading")
        mon.register_callback(_TOOL, mon.events.INSTRUCTION, _before_instruction)
    for code in _code_objects(compiled):
        _run.codes.append(code)
        mon.set_local_events(_TOOL, code, mon.events.INSTRUCTION)


def _before_instruction(code, offset):
    if code.co_code[offset] not in _STORES:
        return sys.monitoring.DISABLE   # never asked again for this instruction
    check = _run
    if check is not None and check.rng.random() < RACE_PROBABILITY:
        check.switches += 1
        time.sleep(0)                   # let the other threads run now, mid-update
    return None


def reader_done():
    _run.reader.update(ok=True, elapsed=time.perf_counter() - _run.t0)


def reader_failed(exc):
    """The reader's top-level code raised: say what, print its traceback as python3 would."""
    reader = _run.reader
    if _run.t0 is not None:
        reader["elapsed"] = time.perf_counter() - _run.t0
    if isinstance(exc, SystemExit) and exc.code in (None, 0):
        reader["ok"] = True
        return
    if isinstance(exc, KeyboardInterrupt):
        reader.update(kind="stopped", error="stopped before it finished")
        raise exc
    if isinstance(exc, DeadlockError):
        reader.update(kind="deadlock", error=exc.report or str(exc))
        print(exc.report, file=sys.stderr)
        return
    reader.update(kind="error", error=_describe_failure(exc))
    _print_reader_traceback(exc)


def _print_reader_traceback(exc):
    """As python3 prints it for the reader's file: the driver's frames left out."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != READER_FILE:
        tb = tb.tb_next
    if tb is None or isinstance(exc, SyntaxError):
        lines = traceback.format_exception_only(exc)
        if tb is not None:
            lines = ["Traceback (most recent call last):\n", *traceback.format_tb(tb), *lines]
    else:
        lines = traceback.format_exception(type(exc), exc, tb)
    sys.stderr.write("".join(lines))


def tests(namespace):
    """(block, name, function) for every test_* function of every test block, in order.

    A block's own top-level code runs first (in the reader's globals); if it fails, the block
    counts as one failed test. Nothing is yielded when the reader's code did not finish."""
    if not _run.reader["ok"]:
        return
    for index, block in enumerate(_run.tests):
        filename = "<test: %s>" % (block.get("title") or "tests %d" % (index + 1))
        try:
            tree = ast.parse(block["code"], filename)
            names = [n.name for n in tree.body
                     if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name.startswith("test")]
            tree = asserts._Rewriter(block["code"], _run.tally, (_COMPARE, _CHECK)).visit(tree)
            ast.fix_missing_locations(tree)
            exec(compile(tree, filename, "exec", dont_inherit=True), namespace)
        except BaseException as exc:
            test_failed(index, block.get("title") or "tests", exc)
            continue
        for name in names:
            function = namespace[name]
            _run.last_failure = None
            yield index, _test_name(function), function


def _test_name(function):
    doc = (function.__doc__ or "").strip()
    return doc.splitlines()[0] if doc else function.__name__.removeprefix("test_").replace("_", " ")


def test_passed(block, name):
    _run.results.append({"block": block, "name": name, "passed": True, "message": None})


def test_failed(block, name, exc):
    if isinstance(exc, KeyboardInterrupt):
        _run.results.append({"block": block, "name": name, "passed": False,
                             "message": "stopped: the test did not finish in time"})
        raise exc
    _run.results.append({"block": block, "name": name, "passed": False, "message": _describe_failure(exc)})


def _describe_failure(exc):
    if isinstance(exc, AssertionError):
        said, detail = str(exc), _run.last_failure
        if said and detail:
            return "%s\n(%s)" % (said, detail.replace("\n +  where", ";"))
        return said or detail or "an assertion failed"
    return _describe_error(exc)


def _describe_error(exc):
    if isinstance(exc, DeadlockError):
        return "deadlock: every thread is blocked and none can go on\n" + (exc.report or "")
    if isinstance(exc, NameError) and getattr(exc, "name", None):
        return "expected your code to define `%s`, but it does not (NameError: %s)" % (exc.name, exc)
    where = ""
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == READER_FILE:
            where = " (your code, line %d)" % tb.tb_lineno
        tb = tb.tb_next
    return "%s: %s%s" % (type(exc).__name__, exc, where)


# --- helpers for the authors' tests -------------------------------------------------------

def output():
    """Everything the program has printed to stdout so far (the reader's code, then tests)."""
    return _run.stdout.text()


def output_lines():
    """output(), as a list of lines without their line ends."""
    return output().splitlines()


def elapsed():
    """Seconds the reader's top-level code took to run."""
    return _run.reader["elapsed"]


def started_threads():
    """Every threading.Thread started since the reader's code began, in start order."""
    return list(_run.started)


def printed(function, *args, **kwargs):
    """What calling function(*args, **kwargs) prints to stdout."""
    start = len(_run.stdout.parts)
    function(*args, **kwargs)
    return "".join(_run.stdout.parts[start:])


def timed(function, *args, **kwargs):
    """(seconds, result) of calling function(*args, **kwargs)."""
    t0 = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - t0, result


def _after_run(result):
    global _run
    check, _run = _run, None
    if check is None:
        return
    result["grades"] = check.summary()
    if sys.stdout is check.stdout:
        sys.stdout = check.stdout._target
    for code in check.codes:
        sys.monitoring.set_local_events(_TOOL, code, 0)
    for name in (_COMPARE, _CHECK):
        if hasattr(builtins, name):
            delattr(builtins, name)
    linecache.cache.pop(READER_FILE, None)


runner.after_run.append(_after_run)
