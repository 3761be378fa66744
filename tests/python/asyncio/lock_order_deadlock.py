# expect: deadlock
# Two tasks take two asyncio.Locks in opposite order: every task waits for good (CPython hangs).
import asyncio

async def worker(name, first, second):
    async with first:
        print(name, "holds its first lock")
        await asyncio.sleep(0.01)
        async with second:
            print(name, "never gets here")

async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(worker("left", a, b), worker("right", b, a))

asyncio.run(main())
