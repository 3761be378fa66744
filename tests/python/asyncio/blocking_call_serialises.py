# time.sleep inside a coroutine blocks the whole loop: the "concurrent" tasks run one after another.
import asyncio
import time

async def bad(log, name):
    log.append(f"{name} start")
    time.sleep(0.1)
    log.append(f"{name} end")

async def good(log, name):
    log.append(f"{name} start")
    await asyncio.sleep(0.1)
    log.append(f"{name} end")

async def main():
    log = []
    t0 = time.monotonic()
    await asyncio.gather(bad(log, "a"), bad(log, "b"), bad(log, "c"))
    blocked = time.monotonic() - t0
    print(log)
    log.clear()
    t0 = time.monotonic()
    await asyncio.gather(good(log, "a"), good(log, "b"), good(log, "c"))
    nonblocked = time.monotonic() - t0
    print(log)
    print("blocking took >= 0.3:", blocked >= 0.29)
    print("non-blocking took < 0.2:", nonblocked < 0.2)

    ticks = []
    async def ticker():
        for _ in range(10):
            ticks.append(time.monotonic())
            await asyncio.sleep(0.01)
    async def hog():
        await asyncio.sleep(0.015)
        time.sleep(0.15)
    await asyncio.gather(ticker(), hog())
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    print("a tick was delayed by the hog:", max(gaps) >= 0.12)

asyncio.run(main())
