"""The child side of pyrt.processes.python_subprocess: run a program as `python3 ...` would.

child_main runs in the process on the pool, with the program's stdin, stdout and stderr
carried by multiprocessing connections (output tagged 1 or 2 on one connection), and leaves
the worker's interpreter as it found it, since the worker serves other processes afterwards.
"""
import builtins
import errno
import io
import os
import sys
import types

STDOUT_TAG, STDERR_TAG = b"1", b"2"


class ConnWriter(io.RawIOBase):
    """A write end of a pipe (the child's stdin seen from the parent, its stdout from inside)."""

    def __init__(self, conn, tag=b""):
        self._conn, self._tag = conn, tag

    def writable(self):
        return True

    def write(self, b):
        if self._conn.closed:
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")
        data = bytes(b)
        if data:
            self._conn.send_bytes(self._tag + data)
        return len(data)

    def close(self):
        if not self.closed and not self._tag:
            self._conn.close()
        super().close()


class _ConnReader(io.RawIOBase):
    def __init__(self, conn):
        self._conn, self._pending = conn, b""

    def readable(self):
        return True

    def readinto(self, b):
        while not self._pending:
            try:
                self._pending = self._conn.recv_bytes()
            except EOFError:
                return 0
        n = min(len(b), len(self._pending))
        b[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def child_main(parsed, modes, stdin_conn, out_conn, cwd, env):
    """In the child: run the program as `python3 ...` would, then exit with its status."""
    kind, what, filename, argv, unbuffered = parsed
    if cwd is not None:
        try:
            os.chdir(cwd)
        except OSError:
            pass
    saved_env = dict(os.environ)
    if env is not None:
        os.environ.clear()
        os.environ.update(env)
    saved_streams = sys.stdin, sys.stdout, sys.stderr
    streams = _child_streams(modes, stdin_conn, out_conn, unbuffered)
    try:
        if kind == "usage":
            print(what, file=sys.stderr)
            print("usage: python3 [option] ... [-c cmd | -m mod | file | -] [arg] ...",
                  file=sys.stderr)
            raise SystemExit(2)
        if kind == "cannot-open":
            print("python3: %s" % what, file=sys.stderr)
            raise SystemExit(2)
        if kind == "stdin":
            what = sys.stdin.read()
        code = _run(kind, what, filename, argv)
    finally:
        for stream in streams:
            try:
                stream.flush()
            except Exception:
                pass
        out_conn.close()
        # The worker serves other processes after this one: leave its interpreter as it was.
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        os.environ.clear()
        os.environ.update(saved_env)
    raise SystemExit(code)


def _child_streams(modes, stdin_conn, out_conn, unbuffered):
    in_mode, out_mode, err_mode = modes
    opened = []

    def writer(mode, tag):
        if mode == "devnull":
            stream = open(os.devnull, "w")
        else:
            raw = ConnWriter(out_conn, tag)
            stream = io.TextIOWrapper(io.BufferedWriter(raw), encoding="utf-8",
                                      write_through=unbuffered or tag == STDERR_TAG)
        opened.append(stream)
        return stream

    if in_mode == "pipe":
        sys.stdin = io.TextIOWrapper(io.BufferedReader(_ConnReader(stdin_conn)), encoding="utf-8")
    elif in_mode == "devnull":
        sys.stdin = open(os.devnull)
    if out_mode != "inherit":
        sys.stdout = writer(out_mode, STDOUT_TAG)
    if err_mode == "stdout":
        sys.stderr = sys.stdout
    elif err_mode != "inherit":
        sys.stderr = writer(err_mode, STDERR_TAG)
    return opened or [sys.stdout, sys.stderr]


def _run(kind, what, filename, argv):
    import runpy
    from .. import runner
    sys.argv = argv
    try:
        if kind == "module":
            runpy.run_module(what, run_name="__main__", alter_sys=True)
        else:
            main = types.ModuleType("__main__")
            main.__builtins__ = builtins
            if filename not in ("<string>", "<stdin>"):
                main.__file__ = filename
            sys.modules["__main__"] = main
            import linecache
            linecache.cache[filename] = (len(what), None, what.splitlines(True), filename)
            exec(compile(what, filename, "exec"), main.__dict__)
        return 0
    except SystemExit as e:
        if e.code is None:
            return 0
        if isinstance(e.code, int):
            return e.code
        print(e.code, file=sys.stderr)
        return 1
    except BaseException as e:
        runner._print_traceback(e)
        return 1
