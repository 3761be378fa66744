# asyncio.Queue with worker tasks, task_done/join, cancelling idle workers, and gather of results.
import asyncio, random

async def worker(name, queue, results):
    while True:
        delay = await queue.get()
        await asyncio.sleep(delay)
        results.append((name, delay))
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    random.seed(1)
    delays = [round(random.uniform(0.01, 0.05), 3) for _ in range(12)]
    for d in delays:
        queue.put_nowait(d)
    results = []
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue, results)) for i in range(3)]
    await queue.join()
    for t in tasks:
        t.cancel()
    out = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(o).__name__ for o in out])
    print(len(results), round(sum(d for _, d in results), 3) == round(sum(delays), 3))
    print(queue.empty(), queue.qsize())

asyncio.run(main())
