# A Semaphore limits how many coroutines run a section at once; report the maximum seen.
import asyncio

active = 0
max_active = 0

async def download(sem, i):
    global active, max_active
    async with sem:
        active += 1
        max_active = max(max_active, active)
        await asyncio.sleep(0.01)
        active -= 1
    return i

async def main():
    sem = asyncio.Semaphore(3)
    results = await asyncio.gather(*(download(sem, i) for i in range(12)))
    print(results)
    print("max concurrent:", max_active)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print("locked:", b.locked())
    b.release()
    try:
        b.release()
    except ValueError:
        print("BoundedSemaphore over-release raises ValueError")

asyncio.run(main())
