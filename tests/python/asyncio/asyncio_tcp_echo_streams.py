# The Python docs' TCP echo server and client with asyncio streams, in one program: several
# clients at once, readexactly/readuntil, write_eof, a refused connection, serve_forever cancelled.
import asyncio

async def handle_echo(reader, writer):
    data = await reader.readline()
    message = data.decode()
    addr = writer.get_extra_info("peername")
    print("Received %r from a local port: %s" % (message.strip(), addr[0] == "127.0.0.1"))
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(message, port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(message.encode() + b"\n")
    await writer.drain()
    data = await reader.read(100)
    rest = await reader.read(100)          # the server closed: EOF
    writer.close()
    await writer.wait_closed()
    return data.decode().strip(), rest

async def summer(reader, writer):
    total = 0
    while line := await reader.readline():  # until the client's write_eof
        total += int(line)
    writer.write(b"%d\n" % total)
    writer.close()

async def main():
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("serving:", server.is_serving(), server.sockets[0].getsockname()[0])
    async with server:
        results = await asyncio.gather(*(client("hello %d" % i, port) for i in range(3)))
        print(results)

    sums = await asyncio.start_server(summer, "localhost", 0)
    port = sums.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("localhost", port)
    writer.writelines([b"1\n", b"2\n", b"39\n"])
    print("can_write_eof:", writer.can_write_eof())
    writer.write_eof()
    print("sum:", await reader.readexactly(3))
    try:
        await reader.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", e.partial, e.expected)
    writer.close()
    sums.close()
    await sums.wait_closed()

    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        print("refused after close")

    server = await asyncio.start_server(handle_echo, "127.0.0.1", 0)
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0.01)
    print(await client("last", server.sockets[0].getsockname()[1]))
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled; serving:", server.is_serving())

asyncio.run(main())
