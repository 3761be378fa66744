# An unhandled exception in asyncio.run's main coroutine ends the program with a traceback.
# exit: 1
import asyncio

async def step(n):
    await asyncio.sleep(0)
    if n == 0:
        raise KeyError("missing")
    await step(n - 1)

async def main():
    print("starting")
    await step(2)

asyncio.run(main())
