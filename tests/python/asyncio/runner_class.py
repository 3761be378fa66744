# asyncio.Runner (3.11) runs several coroutines on one loop.
import asyncio

async def get_loop():
    return asyncio.get_running_loop()

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)))
    print(runner.run(add(3, 4)))
    l1 = runner.run(get_loop())
    l2 = runner.run(get_loop())
    print("same loop:", l1 is l2, l1 is runner.get_loop())
