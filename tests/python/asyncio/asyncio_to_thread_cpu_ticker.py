# asyncio.to_thread with CPU-bound work: the event loop keeps ticking meanwhile, because the
# interpreter switches threads every switch interval (the GIL is released and retaken).
import asyncio
import time

def crunch():
    t0 = time.perf_counter()
    n = 0
    while time.perf_counter() - t0 < 0.3:
        n += 1
    return n > 0

async def ticker(stop):
    ticks = 0
    while not stop.is_set():
        await asyncio.sleep(0.01)
        ticks += 1
    return ticks

async def main():
    stop = asyncio.Event()
    tick_task = asyncio.create_task(ticker(stop))
    ok = await asyncio.to_thread(crunch)
    stop.set()
    ticks = await tick_task
    print("thread done:", ok, "loop kept ticking:", ticks >= 5)
    t0 = time.perf_counter()
    loop = asyncio.get_running_loop()
    await asyncio.gather(*(loop.run_in_executor(None, time.sleep, 0.1) for _ in range(5)))
    print("five blocking sleeps overlapped:", time.perf_counter() - t0 < 0.3)

asyncio.run(main())
