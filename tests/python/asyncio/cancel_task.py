# task.cancel(): the coroutine sees CancelledError at its await, can clean up, and the awaiter gets it.
import asyncio

async def worker(log):
    try:
        log.append("working")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cleanup")
        raise
    finally:
        log.append("finally")

async def main():
    log = []
    task = asyncio.create_task(worker(log))
    await asyncio.sleep(0.01)
    print("cancel() returned:", task.cancel())
    print("cancelling:", task.cancelling() if hasattr(task, "cancelling") else None)
    try:
        await task
    except asyncio.CancelledError:
        print("main caught CancelledError")
    print(log, task.cancelled(), task.done())
    print("cancel on done task:", task.cancel())
    print("CancelledError is BaseException:", issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "ignored cancellation"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    t = asyncio.create_task(asyncio.sleep(1))
    t.cancel("with a message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

asyncio.run(main())
