# Several asyncio.run calls in one program each get a fresh, running loop; nesting is refused.
import asyncio

loops = []

async def record():
    loops.append(asyncio.get_running_loop())
    await asyncio.sleep(0)
    return len(loops)

print(asyncio.run(record()))
print(asyncio.run(record()))

async def nested():
    coro = record()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("nested run refused:", "cannot be called from a running event loop" in str(e))
    coro.close()

asyncio.run(nested())
print("loop closed after run:", loops[0].is_closed())
