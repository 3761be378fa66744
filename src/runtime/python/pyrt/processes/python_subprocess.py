"""subprocess.Popen for the one program this machine has: Python itself.

`subprocess.run([sys.executable, "-c", code])` (or "python3 script.py", "-m module") runs the
program as a process on the pool, through multiprocessing, with its stdin, stdout and stderr
piped, merged, discarded or inherited (an inherited stream shows on the page like any child's
output). Any other command fails as on a machine without it: FileNotFoundError. The Popen API
the stdlib's run/call/check_output/communicate use is the stdlib's; the process is not.
"""
import errno
import io
import os
import shlex
import signal
import subprocess
import sys
import time
import types

from .python_child import STDERR_TAG, STDOUT_TAG, ConnWriter, child_main

EXECUTABLE = "/usr/bin/python3"
_PYTHON_NAMES = {"python", "python3", "python3.14"}
_FLAGS = set("bBdEhiIOPqRsSuvx")     # one-letter options that take no argument


def _is_python(program):
    return program == sys.executable or os.path.basename(program) in _PYTHON_NAMES


def _parse(argv):
    """What the interpreter would run: (kind, what, filename, sys.argv, unbuffered)."""
    i, unbuffered = 0, False
    while i < len(argv) and argv[i].startswith("-") and argv[i] != "-":
        opt = argv[i]
        if opt == "-c" or opt == "-m":
            if i + 1 >= len(argv):
                return "usage", "Argument expected for the %s option" % opt, None, [], False
            if opt == "-c":
                return "code", argv[i + 1], "<string>", ["-c", *argv[i + 2:]], unbuffered
            return "module", argv[i + 1], None, [argv[i + 1], *argv[i + 2:]], unbuffered
        if opt in ("-X", "-W"):
            i += 2
            continue
        letters = opt[1:]
        if not letters or not set(letters) <= _FLAGS:
            return "usage", "Unknown option: %s" % opt, None, [], False
        unbuffered = unbuffered or "u" in letters
        i += 1
    if i >= len(argv) or argv[i] == "-":
        return "stdin", None, "<stdin>", ["-", *argv[i + 1:]] if i < len(argv) else [""], unbuffered
    path = argv[i]
    try:
        with open(path, encoding="utf-8") as f:
            return "code", f.read(), path, argv[i:], unbuffered
    except OSError as e:
        message = "can't open file %r: [Errno %d] %s" % (os.path.abspath(path), e.errno, e.strerror)
        return "cannot-open", message, None, [], False


def _mode(value, *, stderr=False):
    if value is None:
        return "inherit"
    if value == subprocess.PIPE:
        return "pipe"
    if value == subprocess.DEVNULL:
        return "devnull"
    if stderr and value == subprocess.STDOUT:
        return "stdout"
    if value in (1, 2) or value in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        return "inherit"
    return "pipe"       # a file: captured, then written to it (see Popen._copy_to_files)


class Popen:
    """The stdlib's Popen interface over a multiprocessing.Process that runs the program."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self._communication_started = False
        argv = shlex.split(args) if isinstance(args, str) else [os.fsdecode(a) for a in args]
        if shell and not isinstance(args, str):
            argv = shlex.split(argv[0]) + argv[1:] if argv else argv
        if not argv:
            raise IndexError("list index out of range")
        program = os.fsdecode(executable) if executable else argv[0]
        if not _is_python(program):
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), program)
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding, self.errors = encoding, errors
        self._files = {1: stdout, 2: stderr}
        modes = (_mode(stdin), _mode(stdout), _mode(stderr, stderr=True))
        if modes[0] == "pipe" and stdin != subprocess.PIPE:
            raise OSError(errno.ENOSYS, "a file as a child's stdin is not supported here; "
                          "pass input= to run() or communicate()")

        import multiprocessing
        ctx = multiprocessing.get_context("fork")
        out_reader, out_writer = ctx.Pipe(duplex=False)
        in_reader = in_writer = None
        if modes[0] == "pipe":
            in_reader, in_writer = ctx.Pipe(duplex=False)
        env = dict(env) if env is not None else None
        self._proc = ctx.Process(target=child_main, name=os.path.basename(program),
                                 args=(_parse(argv[1:]), modes, in_reader, out_writer, cwd, env))
        self._proc.start()
        self.pid = self._proc.pid
        out_writer.close()
        if in_reader is not None:
            in_reader.close()
        self._out = _Demux(out_reader)
        if in_writer is not None:
            raw = io.BufferedWriter(ConnWriter(in_writer))
            self.stdin = (io.TextIOWrapper(raw, write_through=True, encoding=encoding,
                                           errors=errors) if self.text_mode else raw)
        if modes[1] == "pipe" and stdout == subprocess.PIPE:
            self.stdout = self._reader(STDOUT_TAG)
        if modes[2] == "pipe" and stderr == subprocess.PIPE:
            self.stderr = self._reader(STDERR_TAG)

    __class_getitem__ = classmethod(types.GenericAlias)

    def _reader(self, tag):
        raw = io.BufferedReader(_DemuxReader(self._out, tag))
        return io.TextIOWrapper(raw, encoding=self.encoding, errors=self.errors) if self.text_mode else raw

    def __repr__(self):
        return "<Popen: returncode: {} args: {!r}>".format(self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for stream in (self.stdout, self.stderr):
            if stream:
                stream.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def poll(self):
        if self.returncode is None and not self._proc.is_alive():
            self._finish()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            self._proc.join(timeout)
            if self._proc.exitcode is None:
                raise subprocess.TimeoutExpired(self.args, timeout)
            self._finish()
        return self.returncode

    def _finish(self):
        self.returncode = self._proc.exitcode
        self._copy_to_files()

    def _copy_to_files(self):
        """stdout/stderr given as files: what the child wrote goes into them."""
        for fd, target in self._files.items():
            if target is None or target in (subprocess.PIPE, subprocess.DEVNULL, subprocess.STDOUT):
                continue
            if _mode(target) == "inherit":
                continue
            data = self._out.read_all(STDOUT_TAG if fd == 1 else STDERR_TAG, None)
            if isinstance(target, int):
                os.write(target, data)
            else:
                target.write(data.decode() if isinstance(target, io.TextIOBase) else data)

    def communicate(self, input=None, timeout=None):
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        self._communication_started = True
        deadline = None if timeout is None else time.monotonic() + timeout
        if self.stdin:
            try:
                if input:
                    self.stdin.write(input)
                self.stdin.close()
            except BrokenPipeError:
                pass
        try:
            out = self._read_stream(self.stdout, STDOUT_TAG, deadline)
            err = self._read_stream(self.stderr, STDERR_TAG, deadline)
        except _Timeout:
            raise subprocess.TimeoutExpired(self.args, timeout) from None
        self.wait(None if deadline is None else max(0.0, deadline - time.monotonic()))
        return out, err

    def _read_stream(self, stream, tag, deadline):
        if stream is None:
            return None
        self._out.read_all(tag, deadline, keep=True)     # everything has arrived: read won't block
        data = stream.read()
        stream.close()
        return data

    def send_signal(self, sig):
        if self.returncode is not None or self._proc.exitcode is not None:
            return
        if sig == signal.SIGKILL:
            self._proc.kill()
        elif sig == signal.SIGTERM:
            self._proc.terminate()
        else:
            self._proc._popen._send_signal(sig)

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)


class _Timeout(Exception):
    pass


class _Demux:
    """The child's stdout and stderr arrive on one connection, each message tagged."""

    def __init__(self, conn):
        self._conn = conn
        self._buffers = {STDOUT_TAG: bytearray(), STDERR_TAG: bytearray()}
        self._eof = False

    def _pull(self, deadline):
        if self._eof:
            return False
        if deadline is not None and not self._conn.poll(max(0.0, deadline - time.monotonic())):
            raise _Timeout
        try:
            message = self._conn.recv_bytes()
        except EOFError:
            self._eof = True
            self._conn.close()
            return False
        self._buffers[message[:1]] += message[1:]
        return True

    def read_some(self, tag, size):
        buffer = self._buffers[tag]
        while not buffer and self._pull(None):
            pass
        data = bytes(buffer[:size])
        del buffer[:size]
        return data

    def read_all(self, tag, deadline, keep=False):
        while self._pull(deadline):
            pass
        data = bytes(self._buffers[tag])
        if not keep:
            self._buffers[tag].clear()
        return data


class _DemuxReader(io.RawIOBase):
    def __init__(self, demux, tag):
        self._demux, self._tag = demux, tag

    def readable(self):
        return True

    def readinto(self, b):
        data = self._demux.read_some(self._tag, len(b))
        b[:len(data)] = data
        return len(data)


def install():
    sys.executable = sys._base_executable = EXECUTABLE
    subprocess.Popen = Popen
