# Awaiting coroutines one after another is sequential; gathering them is concurrent.
import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    t0 = time.monotonic()
    await say_after(0.1, "hello")
    await say_after(0.1, "world")
    seq = time.monotonic() - t0
    t0 = time.monotonic()
    await asyncio.gather(say_after(0.1, "hello"), say_after(0.15, "world"))
    conc = time.monotonic() - t0
    print("sequential >= 0.2:", seq >= 0.19)
    print("concurrent < 0.2:", conc < 0.2)

asyncio.run(main())
