# A task whose exception is never retrieved is reported by the loop's exception handler when collected.
import asyncio
import gc

async def fails():
    raise ValueError("nobody looked at me")

async def main():
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda loop, ctx: seen.append((ctx["message"], repr(ctx.get("exception")))))
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print("done:", t.done())
    del t
    gc.collect()
    await asyncio.sleep(0)
    print(seen)
    seen.clear()
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print("retrieved:", repr(t.exception()))
    del t
    gc.collect()
    print("no report:", seen)
    loop.set_exception_handler(None)

asyncio.run(main())
