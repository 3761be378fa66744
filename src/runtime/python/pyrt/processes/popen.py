"""The Popen behind every start method: the child is an interpreter on a worker of the pool.

multiprocessing.process.BaseProcess does the rest (names, join, is_alive, exitcode, close), as
it does in CPython; this is the part that popen_fork/popen_spawn_posix play there.
"""
import signal

from multiprocessing import context, util

from . import connection, host, reduction


class Popen:
    method = "fork"   # what the child sees: the program's state, without running it again

    def __init__(self, process_obj):
        util._flush_std_streams()
        self.returncode = None
        self.finalizer = None
        self._writers = []      # Pipe write ends the child gets (give_writer)
        context.set_spawning_popen(self)
        try:
            data = reduction.dumps(process_obj, fork=True)
        finally:
            context.set_spawning_popen(None)
        self.pid = host.spawn(data, process_obj.name, self._writers)
        self.sentinel = connection.Sentinel(self.pid)

    def duplicate_for_child(self, handle):
        return handle

    def give_writer(self, ch):
        """A Pipe write end pickled into the child's arguments: it is the child's from its start."""
        self._writers.append(ch)

    def poll(self, flag=None):
        if self.returncode is None:
            self.returncode = host.wait(self.pid, 0, "Process.is_alive()")
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            self.returncode = host.wait(self.pid, timeout)
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            host.kill(self.pid, sig)

    def interrupt(self):
        self._send_signal(signal.SIGINT)

    def terminate(self):
        self._send_signal(signal.SIGTERM)

    def kill(self):
        self._send_signal(signal.SIGKILL)

    def close(self):
        pass
