"""The Python half of the runtime: what Pyodide needs to run a reader's program as CPython would.

Modules:
  runner   -- runs one program in a fresh __main__ (python3 file.py semantics, exit codes)
  asserts  -- rewrites `assert` statements so each one reports its outcome and values
"""


class DeadlockError(RuntimeError):
    """Raised in the main thread when every thread is blocked and no timer is pending.

    `report` holds the human-readable report (threads, what each waits for, who holds it)."""

    def __init__(self, message="deadlock detected", report=""):
        super().__init__(message)
        self.report = report
