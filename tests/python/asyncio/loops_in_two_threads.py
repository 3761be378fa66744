# Each thread runs its own event loop at once: running loop, current task and timers stay per thread,
# even while one thread's coroutine blocks its loop with time.sleep.
import asyncio
import threading
import time

results = {}

async def step(tag, n):
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    for i in range(n):
        time.sleep(0.002)                      # blocks this loop only
        await asyncio.sleep(0)
        assert asyncio.get_running_loop() is loop
        assert asyncio.current_task() is task
    return tag

async def main(tag):
    loop = asyncio.get_running_loop()
    got = await asyncio.gather(*(step(f"{tag}{i}", 20) for i in range(3)))
    results[tag] = (got, loop is asyncio.get_running_loop(), loop.is_running())

threads = [threading.Thread(target=asyncio.run, args=(main(t),)) for t in "ab"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("main thread:", e)
