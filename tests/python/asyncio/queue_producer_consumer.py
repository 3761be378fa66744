# asyncio.Queue producer/consumer with task_done/join and worker cancellation.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    print("producer done")

async def consumer(name, q, out):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001)
        out.append((name, item * 2))
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    out = []
    workers = [asyncio.create_task(consumer(f"c{i}", q, out)) for i in range(3)]
    await producer(q, 12)
    await q.join()
    print("all processed:", sorted(v for _, v in out))
    print("queue empty:", q.empty(), q.qsize())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    q2.get_nowait()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    pq = asyncio.PriorityQueue()
    for p in [3, 1, 2]:
        await pq.put((p, f"p{p}"))
    print([(await pq.get())[1] for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])

asyncio.run(main())
