# asyncio.timeout() (3.11) as an async context manager; reschedule and expired().
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.05) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out, expired:", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("no timeout, expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("deadline None:", cm.when() is None)
        cm.reschedule(asyncio.get_running_loop().time() + 0.03)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner sees CancelledError")
            raise
    print("unreachable")

try:
    asyncio.run(main())
except TimeoutError:
    print("outer TimeoutError after reschedule")

async def at():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.02):
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("timeout_at fired")

asyncio.run(at())
