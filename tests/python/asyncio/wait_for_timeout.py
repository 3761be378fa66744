# wait_for cancels the inner task on timeout and raises TimeoutError.
import asyncio

cleanup = []

async def long_op():
    try:
        await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        cleanup.append("long_op cancelled")
        raise

async def main():
    try:
        await asyncio.wait_for(long_op(), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out; is TimeoutError builtin:", asyncio.TimeoutError is TimeoutError)
    print(cleanup)
    print(await asyncio.wait_for(asyncio.sleep(0.01, result="in time"), timeout=1))
    print(await asyncio.wait_for(asyncio.sleep(0, result="no timeout"), timeout=None))
    task = asyncio.create_task(long_op())
    try:
        await asyncio.wait_for(task, 0.02)
    except TimeoutError:
        pass
    print("task cancelled:", task.cancelled())

asyncio.run(main())
