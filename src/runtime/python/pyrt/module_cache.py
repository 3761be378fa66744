"""Re-running a stdlib module's top level without recompiling it.

A run must start with fresh module state (threading's main-thread object, multiprocessing's
process table), but Pyodide's stdlib is a zip of sources: importlib.reload recompiles them
every time (160 ms for threading.py). The code object is compiled once and kept here.
"""
import sys

_codes = {}


def code_of(name):
    code = _codes.get(name)
    if code is None:
        module = sys.modules[name]
        code = _codes[name] = module.__spec__.loader.get_code(name)
    return code


def reexec(name):
    """Run module `name`'s top level again, in place (what importlib.reload does)."""
    module = sys.modules[name]
    exec(code_of(name), module.__dict__)
    return module
