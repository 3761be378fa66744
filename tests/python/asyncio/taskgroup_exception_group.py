# TaskGroup (3.11): one failure cancels siblings; failures arrive as an ExceptionGroup, caught with except*.
import asyncio

log = []

async def ok(n):
    await asyncio.sleep(0.01 * n)
    log.append(f"ok {n}")
    return n

async def fail(msg, delay, exc=ValueError):
    await asyncio.sleep(delay)
    raise exc(msg)

async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("sleeper cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(ok(i)) for i in range(3)]
    print([t.result() for t in tasks], log)
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper())
            tg.create_task(fail("first", 0.02))
            tg.create_task(fail("second", 0.02, TypeError))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions])
    print(log)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("only", 0))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions), repr(eg.exceptions[0]))

asyncio.run(main())
