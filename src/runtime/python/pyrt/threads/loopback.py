"""asyncio's TCP on this machine's loopback, in memory: create_server and create_connection
(so asyncio.start_server and open_connection) between the tasks and threads of one program.

The browser has no sockets, and the canonical asyncio example is an echo server and its client
in one script. Here a listener is a port in a table; a connection is two transports, each
handing what it writes to the other's protocol on that protocol's own loop (call_soon_threadsafe
when the server's loop runs in another thread). Delivery is immediate, so write buffers stay
empty and drain() never waits. Closing one end gives the other EOF, as TCP does. Only local
addresses exist: any other host is unreachable, as on a machine with no network.
"""
import asyncio
import errno
import itertools

LOCAL_HOSTS = frozenset({None, "", "localhost", "127.0.0.1", "::1", "0.0.0.0", "::"})

_listeners = {}                # port -> _Server
_ports = itertools.count(49152)  # ephemeral ports, as the kernel hands them out


def reset():
    """A new run: no server listens."""
    global _ports
    _listeners.clear()
    _ports = itertools.count(49152)


def _ephemeral_port():
    while True:
        port = next(_ports)
        if port not in _listeners:
            return port


def _unsupported(what):
    return OSError(errno.ENETUNREACH, "%s: this runtime has no network, only its loopback "
                   "(a server and its clients in the same program)" % what)


class _Socket:
    """What server.sockets and get_extra_info('socket') give: addresses, no I/O."""

    def __init__(self, sockname, peername=None):
        self._sockname, self._peername = sockname, peername

    def getsockname(self):
        return self._sockname

    def getpeername(self):
        if self._peername is None:
            raise OSError(errno.ENOTCONN, "Transport endpoint is not connected")
        return self._peername

    def __repr__(self):
        return "<loopback socket laddr=%r raddr=%r>" % (self._sockname, self._peername)


class _Transport(asyncio.Transport):
    def __init__(self, loop, protocol, sockname, peername, server=None):
        super().__init__({"sockname": sockname, "peername": peername,
                          "socket": _Socket(sockname, peername)})
        self._loop = loop
        self._protocol = protocol
        self._server = server
        self._peer = None
        self._closing = False        # close() or abort() called here
        self._lost = False           # connection_lost delivered
        self._eof_written = False
        self._eof_received = False
        self._reading = True
        self._paused = []            # data (or EOF) held while reading is paused
        if server is not None:
            server._attach()

    # -- writing: the peer's protocol receives on its own loop
    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("data argument must be a bytes-like object, not %r"
                            % type(data).__name__)
        if self._eof_written:
            raise RuntimeError("Cannot call write() after write_eof()")
        if not data or self._closing:
            return
        self._to_peer("_receive", bytes(data))

    def writelines(self, list_of_data):
        self.write(b"".join(list_of_data))

    def write_eof(self):
        if self._closing or self._eof_written:
            return
        self._eof_written = True
        self._to_peer("_receive", None)

    def can_write_eof(self):
        return True

    def get_write_buffer_size(self):
        return 0

    def get_write_buffer_limits(self):
        return (0, 0)

    def set_write_buffer_limits(self, high=None, low=None):
        pass

    def _to_peer(self, method, arg):
        peer = self._peer
        if peer is None or peer._lost:
            return
        if peer._loop is self._loop:
            self._loop.call_soon(getattr(peer, method), arg)
        else:
            peer._loop.call_soon_threadsafe(getattr(peer, method), arg)

    # -- reading
    def _receive(self, data):
        if self._lost or self._eof_received:
            return
        if not self._reading:
            self._paused.append(data)
        elif data is None:
            self._eof_received = True
            if not self._protocol.eof_received():
                self.close()
        else:
            self._protocol.data_received(data)

    def pause_reading(self):
        self._reading = False

    def resume_reading(self):
        if self._reading:
            return
        self._reading = True
        held, self._paused = self._paused, []
        for data in held:
            self._loop.call_soon(self._receive, data)

    def is_reading(self):
        return self._reading and not self._closing

    # -- closing: the peer sees EOF, then this end's protocol loses its connection
    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        if not self._eof_written:
            self._eof_written = True
            self._to_peer("_receive", None)
        self._loop.call_soon(self._connection_lost, None)

    def abort(self):
        if self._closing:
            return
        self._closing = True
        self._to_peer("_connection_lost", ConnectionResetError(errno.ECONNRESET, "Connection reset by peer"))
        self._loop.call_soon(self._connection_lost, None)

    def _connection_lost(self, exc):
        if self._lost:
            return
        self._lost = self._closing = True
        try:
            self._protocol.connection_lost(exc)
        finally:
            if self._server is not None:
                self._server._transports.remove(self)
                self._server._detach()
                self._server = None

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def __repr__(self):
        state = "closed" if self._lost else "closing" if self._closing else "open"
        return "<_LoopbackTransport %s laddr=%r raddr=%r>" % (
            state, self._extra["sockname"], self._extra["peername"])


class _Server(asyncio.AbstractServer):
    """What create_server returns: asyncio.Server's API over a port in the table."""

    def __init__(self, loop, protocol_factory, host, port):
        self._loop = loop
        self._protocol_factory = protocol_factory
        self._port = port
        address = "0.0.0.0" if host in (None, "") else "127.0.0.1" if host == "localhost" else host
        self._sockets = (_Socket((address, port) if ":" not in address else (address, port, 0, 0)),)
        self._serving = False
        self._closed = False
        self._active = 0
        self._transports = []
        self._waiters = []
        self._serving_forever = None

    # Connections: the server counts them, wait_closed() waits for the last one (3.12+).
    def _attach(self):
        self._active += 1

    def _detach(self):
        self._active -= 1
        self._wakeup_if_done()

    def _wakeup_if_done(self):
        if self._closed and self._active == 0:
            waiters, self._waiters = self._waiters, None
            for waiter in waiters or ():
                if not waiter.done():
                    waiter.set_result(None)

    @property
    def sockets(self):
        return () if self._closed else self._sockets

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    async def start_serving(self):
        if self._closed:
            raise RuntimeError("server %r is closed" % (self,))
        self._serving = True
        _listeners[self._port] = self

    async def serve_forever(self):
        if self._serving_forever is not None:
            raise RuntimeError("server %r is already being awaited on serve_forever()" % (self,))
        if self._closed:
            raise RuntimeError("server %r is closed" % (self,))
        await self.start_serving()
        self._serving_forever = self._loop.create_future()
        try:
            await self._serving_forever
        except asyncio.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever = None

    def close(self):
        if self._closed:
            return
        self._closed = True
        self._serving = False
        if _listeners.get(self._port) is self:
            del _listeners[self._port]
        if self._serving_forever is not None and not self._serving_forever.done():
            self._serving_forever.cancel()
            self._serving_forever = None
        self._wakeup_if_done()

    def close_clients(self):
        for transport in list(self._transports):
            transport.close()

    def abort_clients(self):
        for transport in list(self._transports):
            transport.abort()

    async def wait_closed(self):
        if self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    def _accept(self, client_loop, client_transport):
        """A client connects: the server's end, made on the server's loop."""
        sockname, peername = client_transport._extra["peername"], client_transport._extra["sockname"]
        protocol = self._protocol_factory()
        transport = _Transport(self._loop, protocol, sockname, peername, server=self)
        self._transports.append(transport)
        transport._peer, client_transport._peer = client_transport, transport
        protocol.connection_made(transport)

    def __repr__(self):
        return "<Server sockets=%r>" % (self.sockets,)


async def create_server(self, protocol_factory, host=None, port=None, *, family=0, flags=0,
                        sock=None, backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                        keep_alive=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                        start_serving=True):
    """loop.create_server on the loopback (see the module's docstring)."""
    if sock is not None or ssl is not None:
        raise _unsupported("create_server(sock=..., ssl=...)")
    hosts = host if isinstance(host, (list, tuple)) else [host]
    for h in hosts:
        if h not in LOCAL_HOSTS:
            raise OSError(errno.EADDRNOTAVAIL, "error while attempting to bind on address %r: "
                          "cannot assign requested address" % ((h, port),))
    port = int(port or 0) or _ephemeral_port()
    if port in _listeners:
        raise OSError(errno.EADDRINUSE, "error while attempting to bind on address %r: "
                      "address already in use" % ((hosts[0] or "0.0.0.0", port),))
    server = _Server(self, protocol_factory, hosts[0], port)
    if start_serving:
        await server.start_serving()
    else:
        _listeners[port] = server   # bound and listening: connections wait for start_serving
    return server


async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                            family=0, proto=0, flags=0, sock=None, local_addr=None,
                            server_hostname=None, ssl_handshake_timeout=None,
                            ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                            interleave=None, all_errors=False):
    """loop.create_connection on the loopback: (transport, protocol) like CPython's."""
    if sock is not None or ssl:
        raise _unsupported("create_connection(sock=..., ssl=...)")
    if host not in LOCAL_HOSTS:
        raise _unsupported("cannot connect to %r" % ((host, port),))
    address = "127.0.0.1" if host in (None, "", "localhost", "0.0.0.0") else host
    server = _listeners.get(int(port or 0))
    if server is None or not server._serving:
        raise ConnectionRefusedError(errno.ECONNREFUSED, "Connect call failed %r" % ((address, port),))
    protocol = protocol_factory()
    transport = _Transport(self, protocol, (address, _ephemeral_port()), (address, int(port)))
    if server._loop is self:
        server._accept(self, transport)
    else:   # the server's loop runs in another thread: accept there, then carry on here
        accepted = asyncio.run_coroutine_threadsafe(_accept_async(server, self, transport), server._loop)
        await asyncio.wrap_future(accepted)
    protocol.connection_made(transport)
    await asyncio.sleep(0)          # the connect completes on a later turn of the loop
    return transport, protocol


async def _accept_async(server, client_loop, transport):
    server._accept(client_loop, transport)
