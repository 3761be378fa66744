"""multiprocessing.connection's Pipe, Connection and wait(), over the process group's channels.

A Connection reads one channel and/or writes another. The group counts the write ends open in
every process, so recv() raises EOFError once every writer closed, as with an OS pipe; a
Connection pickled to another process moves one write end to it.
"""
import io
import os

from multiprocessing import context
from multiprocessing.context import BufferTooShort

from . import host, reduction

new_channel = host.new_channel


class Sentinel:
    """What Process.sentinel is: ready in wait() once the process has ended."""
    __slots__ = ("pid",)

    def __init__(self, pid):
        self.pid = pid

    def __repr__(self):
        return "<sentinel of process %d>" % self.pid

    def __reduce__(self):
        return (Sentinel, (self.pid,))


class Connection:
    """A connection end, as multiprocessing.connection.Connection behaves."""

    def __init__(self, reads, writes, _sender=None):
        self._reads = reads
        self._writes = writes
        self._closed = False
        if writes is not None:
            if _sender is None:
                host.open_writer(writes)
            elif _sender != _GIVEN_AT_SPAWN:
                host.adopt_writer(writes, _sender)

    def __reduce__(self):
        self._check_closed()
        popen = context.get_spawning_popen()
        if self._writes is not None and hasattr(popen, "give_writer"):
            # Process(args=(conn,)): the group counts this write end as the child's from its
            # start, so a child killed before it unpickles still closes it (as its fd would).
            popen.give_writer(self._writes)
            return (_rebuild, (self._reads, self._writes, _GIVEN_AT_SPAWN))
        # The write end is duplicated (counted here) and handed to whoever unpickles it.
        if self._writes is not None:
            host.open_writer(self._writes)
        return (_rebuild, (self._reads, self._writes, os.getpid()))

    # -- state
    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if self._reads is None:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if self._writes is None:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._reads is not None

    @property
    def writable(self):
        return self._writes is not None

    def fileno(self):
        self._check_closed()
        return self._reads if self._reads is not None else self._writes

    def close(self):
        if not self._closed:
            self._closed = True
            if self._writes is not None:
                try:
                    host.close_writer(self._writes)
                except Exception:
                    pass

    def __del__(self):
        if not getattr(self, "_closed", True) and getattr(self, "_writes", None) is not None:
            self.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- sending
    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        m = memoryview(buf)
        if m.itemsize > 1:
            m = m.cast("B")
        n = m.nbytes
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        host.put(self._writes, bytes(m[offset:offset + size]))

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        host.put(self._writes, reduction.dumps(obj))

    # -- receiving
    def _recv(self, timeout=None):
        self._check_closed()
        self._check_readable()
        data = host.get(self._reads, timeout, "Connection.recv()")
        if data == host.EOF or data == host.EMPTY:
            raise EOFError
        return data

    def recv_bytes(self, maxlength=None):
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._recv()
        if maxlength is not None and len(data) > maxlength:
            self.close()
            raise OSError("bad message length")
        return data

    def recv_bytes_into(self, buf, offset=0):
        with memoryview(buf) as m:
            itemsize = m.itemsize
            bytesize = itemsize * len(m)
            if offset < 0:
                raise ValueError("negative offset")
            elif offset > bytesize:
                raise ValueError("offset too large")
            data = self._recv()
            if bytesize - offset < len(data):
                raise BufferTooShort(data)
            m.cast("B")[offset:offset + len(data)] = data
            return len(data)

    def recv(self):
        return reduction.loads(self._recv())

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        return host.poll(self._reads, timeout)


_GIVEN_AT_SPAWN = -1


def _rebuild(reads, writes, sender):
    return Connection(reads, writes, _sender=sender)


def Pipe(duplex=True):
    if duplex:
        a, b = new_channel(), new_channel()
        return Connection(a, b), Connection(b, a)
    ch = new_channel()
    return Connection(ch, None), Connection(None, ch)


def wait(object_list, timeout=None):
    """multiprocessing.connection.wait: the objects of object_list that are ready."""
    objects = list(object_list)
    items = []
    for obj in objects:
        if isinstance(obj, Sentinel):
            items.append(("proc", obj.pid))
        elif isinstance(obj, Connection):
            obj._check_readable()
            items.append(("chan", obj._reads))
        else:
            raise TypeError("cannot wait on %r in this runtime" % (obj,))
    if not items:
        return []
    return [objects[i] for i in host.select(items, timeout)]


# -- Listener and Client: what managers (SyncManager's server process) connect through.
# An address names a channel of the group: a listener's accept() takes connection ends that
# Client() puts there. The authentication handshake is the stdlib's own.

_LISTENER_PREFIX = "/pyrt/listener-"


def _channel_of(address):
    if isinstance(address, str) and address.startswith(_LISTENER_PREFIX):
        return int(address[len(_LISTENER_PREFIX):])
    import zlib
    # Any other address (('localhost', 6000), a path): the same channel for the same address.
    return -1 - zlib.crc32(repr(address).encode())


class Listener:
    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        if authkey is not None and not isinstance(authkey, bytes):
            raise TypeError("authkey should be a byte string")
        if address is None:
            address = _LISTENER_PREFIX + str(new_channel())
        self._ch = _channel_of(address)
        self._address = address
        self._authkey = authkey
        self._last_accepted = None

    def accept(self):
        if self._ch is None:
            raise OSError("listener is closed")
        data = host.get(self._ch, None, "Listener.accept()")
        conn = reduction.loads(data)
        self._last_accepted = self._address
        if self._authkey is not None:
            from multiprocessing.connection import answer_challenge, deliver_challenge
            deliver_challenge(conn, self._authkey)
            answer_challenge(conn, self._authkey)
        return conn

    def close(self):
        self._ch = None

    @property
    def address(self):
        return self._address

    @property
    def last_accepted(self):
        return self._last_accepted

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Client(address, family=None, authkey=None):
    mine, theirs = Pipe()
    host.put(_channel_of(address), reduction.dumps(theirs))
    theirs.close()
    if authkey is not None:
        from multiprocessing.connection import answer_challenge, deliver_challenge
        answer_challenge(mine, authkey)
        deliver_challenge(mine, authkey)
    return mine
