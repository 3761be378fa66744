# asyncio.Semaphore caps concurrent "downloads"; run_in_executor with a ProcessPoolExecutor for CPU work; to_thread for blocking I/O.
import asyncio, time
from concurrent.futures import ProcessPoolExecutor

active = peak = 0

async def download(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.02)
        active -= 1
        return f"flag{i:02d}"

def cpu(n):
    return sum(i * i for i in range(n))

def blocking_io(x):
    time.sleep(0.05)
    return x * 2

async def main():
    sem = asyncio.Semaphore(3)
    flags = await asyncio.gather(*(download(sem, i) for i in range(10)))
    print(len(flags), flags[0], flags[-1], "peak", peak)
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, cpu, n) for n in (10, 100, 1000)))
    print(results)
    print(await asyncio.gather(asyncio.to_thread(blocking_io, 1), asyncio.to_thread(blocking_io, 2)))

if __name__ == "__main__":
    asyncio.run(main())
