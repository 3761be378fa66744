# asyncio.Event and Condition between tasks; asyncio.wait with a timeout leaves pending tasks; wait_for cancels.
import asyncio

async def waiter(name, event, log):
    await event.wait()
    log.append(name)

async def consumer(cond, box, log):
    async with cond:
        await cond.wait_for(lambda: box)
        log.append(("consumed", box.pop()))

async def main():
    log = []
    event = asyncio.Event()
    ws = [asyncio.create_task(waiter(f"w{i}", event, log)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("before set", log)
    event.set()
    await asyncio.gather(*ws)
    print(sorted(log))

    cond, box, log2 = asyncio.Condition(), [], []
    c = asyncio.create_task(consumer(cond, box, log2))
    await asyncio.sleep(0.01)
    async with cond:
        box.append(42)
        cond.notify_all()
    await c
    print(log2)

    slow = [asyncio.create_task(asyncio.sleep(d, result=d)) for d in (0.01, 0.5, 1.0)]
    done, pending = await asyncio.wait(slow, timeout=0.1)
    print(len(done), len(pending), [t.result() for t in done])
    for t in pending:
        t.cancel()
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.05)
    except TimeoutError:
        print("TimeoutError")
    print(all(t.cancelled() or t.done() for t in pending))

asyncio.run(main())
