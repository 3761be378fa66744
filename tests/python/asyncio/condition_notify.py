# asyncio.Condition: consumers wait_for a predicate; notify and notify_all wake them.
import asyncio

async def consumer(cond, items, name, got):
    async with cond:
        await cond.wait_for(lambda: items)
        got.append((name, items.pop(0)))

async def main():
    cond = asyncio.Condition()
    items = []
    got = []
    consumers = [asyncio.create_task(consumer(cond, items, f"c{i}", got)) for i in range(3)]
    await asyncio.sleep(0.01)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*consumers)
    print(got)

    woke = []
    async def sleeper(i):
        async with cond:
            await cond.wait()
            woke.append(i)
    tasks = [asyncio.create_task(sleeper(i)) for i in range(4)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    print("after notify(2):", sorted(woke))
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("after notify_all:", sorted(woke))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
