"""Importing a stdlib or runtime module again without recompiling it.

A run must start with fresh module state (threading's main-thread object, multiprocessing's
process table), so some modules are re-run or re-imported for every run. Pyodide's stdlib is
a zip of sources and the runtime's own modules are sources too: each import compiles them anew
(160 ms for threading.py, 250 ms for multiprocessing's modules). Code objects are immutable, so
the first compile of each is kept and reused: install() wraps the get_code of zipimport and of
the runtime's source loader, which their exec_module call. The reader's own modules are
compiled afresh every time (they may have changed).
"""
import os
import sys
import zipimport
from importlib.machinery import SourceFileLoader

_codes = {}
_get_code = zipimport.zipimporter.get_code
_get_filename = zipimport.zipimporter.get_filename
_filenames = {}
_get_source_code = SourceFileLoader.get_code
_RUNTIME_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _cached_get_code(self, fullname):
    key = (self.archive, self.prefix, fullname)
    code = _codes.get(key)
    if code is None:
        code = _codes[key] = _get_code(self, fullname)
    return code


def _cached_get_filename(self, fullname):
    # zipimport finds a module's file name by compiling it (find_spec asks for the name, then
    # exec_module for the code): compile once, and read the name off the code.
    key = (self.archive, self.prefix, fullname)
    name = _filenames.get(key)
    if name is None:
        name = _cached_get_code(self, fullname).co_filename
        if not name.startswith(self.archive):       # bytecode compiled elsewhere
            name = _get_filename(self, fullname)
        _filenames[key] = name
    return name


def _cached_get_source_code(self, fullname):
    path = self.get_filename(fullname)
    if not path.startswith(_RUNTIME_DIR):
        return _get_source_code(self, fullname)
    code = _codes.get(path)
    if code is None:
        code = _codes[path] = _get_source_code(self, fullname)
    return code


def install():
    zipimport.zipimporter.get_code = _cached_get_code
    zipimport.zipimporter.get_filename = _cached_get_filename
    SourceFileLoader.get_code = _cached_get_source_code


def reexec(name):
    """Run module `name`'s top level again, in place (what importlib.reload does)."""
    module = sys.modules[name]
    exec(module.__spec__.loader.get_code(name), module.__dict__)
    return module
