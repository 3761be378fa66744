"""asyncio subprocesses (create_subprocess_exec/shell, loop.subprocess_exec) on GreenEventLoop.

The child is subprocess.Popen's (pyrt.processes.python_subprocess: a Python program run as a
process on the pool). A pump thread reads its stdout/stderr as they arrive and waits for its
exit, handing each event to the loop with call_soon_threadsafe, in the order asyncio's own
transport gives them to the protocol: data, pipe closed, then process exited.
"""
import asyncio
import subprocess
import threading

from ..processes.python_child import STDERR_TAG, STDOUT_TAG


class _PipeTransport(asyncio.transports.WriteTransport, asyncio.transports.ReadTransport):
    """One of the child's pipes: fd 0 is written, fds 1 and 2 are read."""

    def __init__(self, owner, fd):
        super().__init__()
        self._owner, self._fd = owner, fd
        self._closing = False
        self._paused = False

    # fd 0
    def write(self, data):
        if self._closing:
            return
        self._owner._popen.stdin.write(data)

    def writelines(self, list_of_data):
        self.write(b"".join(list_of_data))

    def write_eof(self):
        self.close()

    def can_write_eof(self):
        return True

    def get_write_buffer_size(self):
        return 0

    def get_write_buffer_limits(self):
        return (0, 0)

    def set_write_buffer_limits(self, high=None, low=None):
        pass

    # fds 1 and 2: the child's output never waits for the reader (the pipes are unbounded)
    def pause_reading(self):
        self._paused = True

    def resume_reading(self):
        self._paused = False

    def is_reading(self):
        return not self._paused and not self._closing

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        if self._fd == 0 and self._owner._popen.stdin:
            try:
                self._owner._popen.stdin.close()
            except OSError:
                pass
            self._owner._pipe_lost(0, None)

    def abort(self):
        self.close()

    def get_extra_info(self, name, default=None):
        return default


class SubprocessTransport(asyncio.SubprocessTransport):
    def __init__(self, loop, protocol, popen, extra=None):
        super().__init__(extra)
        self._loop, self._protocol, self._popen = loop, protocol, popen
        self._returncode = None
        self._exit_waiters = []
        self._closed = False
        self._pipes = {}
        if popen.stdin is not None:
            self._pipes[0] = _PipeTransport(self, 0)
        for fd, stream in ((1, popen.stdout), (2, popen.stderr)):
            if stream is not None:
                self._pipes[fd] = _PipeTransport(self, fd)
        self._open = set(self._pipes)

    def _start_pump(self):
        threading.Thread(target=self._pump, name="asyncio-subprocess-%d" % self._popen.pid,
                         daemon=True).start()

    def _pump(self):
        """Runs in its own thread: the child's output, then its exit, handed to the loop."""
        conn = self._popen._out._conn
        fds = {STDOUT_TAG: 1, STDERR_TAG: 2}
        exited = False
        while True:
            try:
                # Until EOF; a child killed before it took its end of the pipe never sends
                # one, so its exit also ends the reading (once what it wrote is drained).
                if not conn.poll(0 if exited else 0.05):
                    if exited:
                        break
                    exited = self._popen.poll() is not None
                    continue
                message = conn.recv_bytes()
            except (EOFError, OSError):
                break
            fd = fds[message[:1]]
            if fd in self._pipes:
                self._loop.call_soon_threadsafe(self._data, fd, message[1:])
        for fd in (1, 2):
            if fd in self._pipes:
                self._loop.call_soon_threadsafe(self._pipe_lost, fd, None)
        returncode = self._popen.wait()
        self._loop.call_soon_threadsafe(self._exited, returncode)

    def _data(self, fd, data):
        if not self._closed:
            self._protocol.pipe_data_received(fd, data)

    def _pipe_lost(self, fd, exc):
        if fd not in self._open:
            return
        self._open.discard(fd)
        self._pipes[fd]._closing = True
        if not self._closed:
            self._protocol.pipe_connection_lost(fd, exc)
        self._try_finish()

    def _exited(self, returncode):
        self._returncode = returncode
        if not self._closed:
            self._protocol.process_exited()
        for waiter in self._exit_waiters:
            if not waiter.done():
                waiter.set_result(returncode)
        self._exit_waiters.clear()
        self._try_finish()

    def _try_finish(self):
        if self._returncode is None or self._open - {0} or self._closed:
            return
        self._closed = True
        self._loop.call_soon(self._protocol.connection_lost, None)

    async def _wait(self):
        """asyncio.subprocess.Process.wait() awaits this."""
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def get_pid(self):
        return self._popen.pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        return self._pipes.get(fd)

    def send_signal(self, signal):
        if self._returncode is None:
            self._popen.send_signal(signal)

    def terminate(self):
        self._popen.terminate()

    def kill(self):
        self._popen.kill()

    def is_closing(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        for pipe in self._pipes.values():
            pipe._closing = True
        if self._returncode is None:
            self._popen.kill()


async def make_subprocess_transport(loop, protocol, args, shell, stdin, stdout, stderr,
                                    bufsize, extra=None, **kwargs):
    """GreenEventLoop._make_subprocess_transport (the hook BaseEventLoop.subprocess_exec calls)."""
    popen = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout, stderr=stderr,
                             bufsize=bufsize, **kwargs)
    transport = SubprocessTransport(loop, protocol, popen, extra)
    protocol.connection_made(transport)     # before the caller sees it, as asyncio's own does
    transport._start_pump()
    return transport
