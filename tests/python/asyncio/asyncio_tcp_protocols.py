# The docs' Protocol-based echo server and client (create_server / create_connection with
# callbacks), and a server whose loop runs in another thread.
import asyncio
import threading

class EchoServerProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        print("Connection from a peer:", transport.get_extra_info("peername") is not None)
        self.transport = transport

    def data_received(self, data):
        message = data.decode()
        print("Data received: {!r}".format(message))
        print("Send: {!r}".format(message))
        self.transport.write(data)
        print("Close the client socket")
        self.transport.close()

class EchoClientProtocol(asyncio.Protocol):
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost

    def connection_made(self, transport):
        transport.write(self.message.encode())
        print("Data sent: {!r}".format(self.message))

    def data_received(self, data):
        print("Data received: {!r}".format(data.decode()))

    def eof_received(self):
        print("EOF received")

    def connection_lost(self, exc):
        print("The server closed the connection", exc)
        self.on_con_lost.set_result(True)

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServerProtocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    on_con_lost = loop.create_future()
    transport, protocol = await loop.create_connection(
        lambda: EchoClientProtocol("Hello World!", on_con_lost), "127.0.0.1", port)
    try:
        await on_con_lost
    finally:
        transport.close()
    server.close()
    return port

asyncio.run(main())

# A server on a loop in a background thread, a client in the main thread's own loop.
ready = threading.Event()
box = {}

def serve():
    async def upper(reader, writer):
        writer.write((await reader.readline()).upper())
        await writer.drain()
        writer.close()

    async def run():
        server = await asyncio.start_server(upper, "127.0.0.1", 0)
        box["port"] = server.sockets[0].getsockname()[1]
        box["stop"] = asyncio.get_running_loop().create_future()
        ready.set()
        async with server:
            await box["stop"]
    box["loop"] = asyncio.new_event_loop()
    box["loop"].run_until_complete(run())
    box["loop"].close()

t = threading.Thread(target=serve)
t.start()
ready.wait()

async def ask(text):
    reader, writer = await asyncio.open_connection("127.0.0.1", box["port"])
    writer.write(text.encode() + b"\n")
    reply = await reader.readline()
    writer.close()
    return reply

print(asyncio.run(ask("across threads")))
box["loop"].call_soon_threadsafe(box["stop"].set_result, None)
t.join()
print("server thread done")
