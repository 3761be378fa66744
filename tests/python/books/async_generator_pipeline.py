# An asyncio pipeline: an async generator produces, stages connected by bounded Queues
# transform, a sentinel ends each stage; results come out in order.
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def stage(fn, inbox, outbox):
    while (item := await inbox.get()) is not None:
        await outbox.put(fn(item))
    await outbox.put(None)

async def main():
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(2), asyncio.Queue()
    async def feed():
        async for i in numbers(10):
            await q1.put(i)
        await q1.put(None)
    await asyncio.gather(feed(), stage(lambda x: x * x, q1, q2), stage(lambda x: x + 1, q2, q3))
    out = []
    while (item := q3.get_nowait()) is not None:
        out.append(item)
    print(out)

asyncio.run(main())
