"""multiprocessing.queues: Queue, JoinableQueue and SimpleQueue over the group's channels.

CPython's Queue pickles in a feeder thread and writes to a pipe; here put() pickles at once and
the group holds the messages, so no feeder thread is needed (close/join_thread keep their
checks). A message that cannot be pickled goes to _on_queue_feeder_error, as in CPython, so
ProcessPoolExecutor's _SafeQueue still turns it into the future's exception.
"""
import sys
import threading
from queue import Empty, Full

from multiprocessing import context

from ..threads import timeline
from . import connection, host, reduction, task_labels

SEM_VALUE_MAX = 2147483647


class Queue:

    def __init__(self, maxsize=0, *, ctx):
        if maxsize <= 0:
            maxsize = SEM_VALUE_MAX
        self._maxsize = maxsize
        self._ch = connection.new_channel()
        self._ignore_epipe = False
        self._reset()

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._ignore_epipe, self._maxsize, self._ch)

    def __setstate__(self, state):
        (self._ignore_epipe, self._maxsize, self._ch) = state
        self._reset()

    def _after_fork(self):
        self._reset()

    def _reset(self, after_fork=False):
        self._closed = False
        self._joincancelled = False

    @property
    def _bounded(self):
        return 0 if self._maxsize >= SEM_VALUE_MAX else self._maxsize

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        try:
            data = reduction.dumps(obj)
        except Exception as e:
            self._on_queue_feeder_error(e, obj)
            return
        if not host.put(self._ch, data, self._bounded, timeout if block else 0):
            raise Full

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if block and timeout is not None and timeout < 0:
            timeout = 0
        data = host.get(self._ch, timeout if block else 0)
        if data == host.EMPTY or data == host.EOF:
            raise Empty
        obj = reduction.loads(data)
        if timeline.enabled:
            task_labels.note(obj)
        return obj

    def qsize(self):
        return host.size(self._ch)

    def empty(self):
        return not self._poll()

    def full(self):
        return host.size(self._ch) >= self._maxsize

    def _poll(self, timeout=0.0):
        return host.poll(self._ch, timeout)

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        self._joincancelled = True

    def _terminate_broken(self):
        self.close()
        self.join_thread()

    @staticmethod
    def _on_queue_feeder_error(e, obj):
        """Private API hook called when feeding data in the background thread raises."""
        import traceback
        traceback.print_exc()

    __class_getitem__ = classmethod(type(list[int]))


class JoinableQueue(Queue):

    def put(self, obj, block=True, timeout=None):
        super().put(obj, block, timeout)   # the group counts it as an unfinished task

    def task_done(self):
        if not host.task_done(self._ch):
            raise ValueError("task_done() called too many times")

    def join(self):
        host.join(self._ch)


class SimpleQueue:

    def __init__(self, *, ctx):
        self._reader, self._writer = connection.Pipe(duplex=False)
        # As in CPython, the readers of every process share one lock: Pool.terminate() holds it
        # while it drains the tasks (poll, then recv), so no worker takes one between the two.
        # Without shared memory a lock can only be this process's own.
        self._shared_rlock = host.shared_memory_usable()
        self._rlock = ctx.Lock() if self._shared_rlock else threading.Lock()
        self._poll = self._reader.poll
        self._wlock = None

    def close(self):
        self._reader.close()
        self._writer.close()

    def empty(self):
        return not self._poll()

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._reader, self._writer, self._rlock if self._shared_rlock else None)

    def __setstate__(self, state):
        (self._reader, self._writer, rlock) = state
        self._shared_rlock = rlock is not None
        self._rlock = rlock if self._shared_rlock else threading.Lock()
        self._wlock = None
        self._poll = self._reader.poll

    def get(self):
        with self._rlock:
            data = self._reader.recv_bytes()
        obj = reduction.loads(data)
        if timeline.enabled:
            task_labels.note(obj)
        return obj

    def put(self, obj):
        self._writer.send_bytes(reduction.dumps(obj))

    __class_getitem__ = classmethod(type(list[int]))
