# create_task schedules coroutines concurrently: three 0.2 s sleeps overlap.
import asyncio
import time

async def worker(n):
    await asyncio.sleep(0.2)
    return n * n

async def main():
    start = time.perf_counter()
    tasks = [asyncio.create_task(worker(i), name=f"w{i}") for i in range(3)]
    print([t.get_name() for t in tasks])
    print([t.done() for t in tasks])
    results = [await t for t in tasks]
    elapsed = time.perf_counter() - start
    print(results)
    print("overlapped:", elapsed < 0.4)
    print("slept at least:", elapsed >= 0.19)
    print([t.done() for t in tasks], [t.result() for t in tasks])

asyncio.run(main())
