# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION and ALL_COMPLETED, plus a timeout.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name

async def main():
    tasks = {asyncio.create_task(job(n, d), name=n) for n, d in [("fast", 0.01), ("mid", 0.05), ("slow", 0.1)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))

    tasks = [asyncio.create_task(job("x", 0.01, fail=True)), asyncio.create_task(job("y", 0.1))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [repr(t.exception()) for t in done])
    await asyncio.wait(pending)

    tasks = [asyncio.create_task(job(str(i), 0.01 * i)) for i in range(4)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))

    tasks = [asyncio.create_task(job("quick", 0.01)), asyncio.create_task(job("late", 0.3))]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print("timeout:", [t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)

asyncio.run(main())
