# Async generators with `async for`, async comprehensions, aclose and asend.
import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def squares(agen):
    async for x in agen:
        yield x * x

async def closing():
    try:
        yield 1
        yield 2
    finally:
        print("generator finalised")

async def echo():
    received = None
    while True:
        received = yield f"echo {received}"

async def main():
    async for v in ticker(3, 0.001):
        print("tick", v)
    print([x async for x in squares(ticker(4, 0))])
    print([x async for x in ticker(6, 0) if x % 2])
    g = closing()
    print(await g.__anext__())
    await g.aclose()
    e = echo()
    print(await e.asend(None))
    print(await e.asend("hi"))
    print(await e.asend(5))
    await e.aclose()
    it = aiter(ticker(2, 0))
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(ticker(0, 0))
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())
