# The mistakes asyncio tutorials warn about, and what CPython says for each: a coroutine called
# but never awaited (the RuntimeWarning, with its line), and asyncio.run() inside a running loop.
import asyncio
import gc
import warnings

warnings.simplefilter("always")

async def fetch(n):
    await asyncio.sleep(0.01)
    return n * 2

async def forgot_await():
    fetch(1)              # never awaited: a RuntimeWarning when the coroutine is collected
    gc.collect()
    return "done"

print(asyncio.run(forgot_await()))

async def nested():
    coro = fetch(2)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    return await coro      # the coroutine was never started, so it can still be awaited

print(asyncio.run(nested()))

async def both():
    return await asyncio.gather(fetch(3), fetch(4))

print(asyncio.run(both()))
