# asyncio cancellation as tutorials show it: cancelling gather cancels its children, a shielded
# inner task survives wait_for's timeout, TaskGroup cancels siblings on error, done callbacks.
import asyncio

log = []

async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(name + " done")
        return name
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise

async def main():
    g = asyncio.gather(worker("a", 0.01), worker("b", 1), worker("c", 1))
    await asyncio.sleep(0.05)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", sorted(log))
    log.clear()

    inner = asyncio.create_task(worker("inner", 0.1))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.02)
    except TimeoutError:
        print("wait_for timed out; inner cancelled?", inner.cancelled())
    print("inner result:", await inner)

    async def boom():
        await asyncio.sleep(0.01)
        raise ValueError("boom")

    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("sibling", 1))
            tg.create_task(boom())
    except* ValueError as eg:
        print("TaskGroup:", [repr(e) for e in eg.exceptions], log)

    t = asyncio.create_task(worker("cb", 0))
    t.add_done_callback(lambda task: print("callback sees", task.result()))
    await t
    await asyncio.sleep(0)

    lock = asyncio.Lock()
    order = []
    async def take(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0.001)
    await asyncio.gather(*(take(i) for i in range(5)))
    print("lock order:", order)

asyncio.run(main())
