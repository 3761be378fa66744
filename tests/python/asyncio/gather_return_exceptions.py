# gather(return_exceptions=True) collects exceptions as values; without it the first one propagates.
import asyncio

async def ok(x):
    await asyncio.sleep(0.01)
    return x

async def bad(x):
    await asyncio.sleep(0.005)
    raise ValueError(f"bad {x}")

async def main():
    results = await asyncio.gather(ok(1), bad(2), ok(3), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    try:
        await asyncio.gather(ok(4), bad(5))
    except ValueError as e:
        print("propagated:", e)
    # the other awaitable keeps running after the failure (gather doesn't cancel it)
    survivors = []
    async def slow():
        await asyncio.sleep(0.05)
        survivors.append("slow finished")
    t = asyncio.ensure_future(slow())
    try:
        await asyncio.gather(t, bad(6))
    except ValueError as e:
        print("propagated:", e, "cancelled:", t.cancelled())
    await t
    print(survivors)

asyncio.run(main())
