# asyncio.to_thread runs a blocking function in a worker thread without blocking the event loop.
import asyncio
import threading
import time

def blocking(x):
    time.sleep(0.1)
    return x * 2, threading.current_thread() is not threading.main_thread()

async def ticker(ticks):
    for _ in range(5):
        await asyncio.sleep(0.01)
        ticks.append(1)

async def main():
    ticks = []
    result, off_main = await asyncio.gather(asyncio.to_thread(blocking, 21), ticker(ticks))
    print("result:", result)
    print("loop kept ticking:", len(ticks) == 5)
    start = time.monotonic()
    await asyncio.gather(*(asyncio.to_thread(time.sleep, 0.3) for _ in range(3)))
    print("three to_thread sleeps overlapped:", time.monotonic() - start < 0.6)
    try:
        await asyncio.to_thread(int, "not a number")
    except ValueError as e:
        print("exception propagates:", e)

asyncio.run(main())
