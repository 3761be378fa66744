# CPU-bound work from asyncio through a ProcessPoolExecutor (run_in_executor), as the docs and
# Fluent Python show it: the loop stays responsive while the processes compute.
import asyncio
import concurrent.futures
import math

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True

def count_primes(lo, hi):
    return sum(1 for n in range(lo, hi) if is_prime(n))

async def ticker(stop):
    ticks = 0
    while not stop.is_set():
        ticks += 1
        await asyncio.sleep(0.01)
    return ticks

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    tick_task = asyncio.create_task(ticker(stop))
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        chunks = [(i, i + 20000) for i in range(0, 80000, 20000)]
        results = await asyncio.gather(*(loop.run_in_executor(pool, count_primes, lo, hi) for lo, hi in chunks))
        try:
            await loop.run_in_executor(pool, math.isqrt, -1)
        except ValueError as e:
            print("error from the pool:", e)
    stop.set()
    ticks = await tick_task
    print(results, sum(results))
    print("loop kept ticking:", ticks > 0)

if __name__ == "__main__":
    asyncio.run(main())
