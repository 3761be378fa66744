# asyncio.shield protects the inner task when the outer await is cancelled.
import asyncio

async def important(log):
    await asyncio.sleep(0.05)
    log.append("important finished")
    return 42

async def main():
    log = []
    inner = asyncio.create_task(important(log))
    async def caller():
        return await asyncio.shield(inner)
    outer = asyncio.create_task(caller())
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print("inner cancelled:", inner.cancelled())
    print("inner result:", await inner, log)
    try:
        await asyncio.wait_for(asyncio.shield(asyncio.sleep(0.05, result="x")), 0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out but shielded sleep continues")

asyncio.run(main())
