# run_in_executor and to_thread run blocking functions in threads while the loop keeps going.
import asyncio
import concurrent.futures
import threading
import time

def blocking_io(n):
    time.sleep(0.3)
    return n, threading.current_thread().name.startswith("asyncio") or threading.current_thread() is not threading.main_thread()

def cpu(n):
    return sum(i * i for i in range(n))

async def heartbeat(beats):
    for _ in range(5):
        beats.append(time.monotonic())
        await asyncio.sleep(0.03)

async def main():
    loop = asyncio.get_running_loop()
    beats = []
    start = time.monotonic()
    results = await asyncio.gather(
        loop.run_in_executor(None, blocking_io, 1),
        loop.run_in_executor(None, blocking_io, 2),
        asyncio.to_thread(blocking_io, 3),
        heartbeat(beats),
    )
    print(results[:3])
    print("overlapped:", time.monotonic() - start < 0.75)
    print("heartbeats:", len(beats))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
        names = await asyncio.gather(*(loop.run_in_executor(pool, lambda: threading.current_thread().name) for _ in range(4)))
        print(sorted(set(n.rsplit("_", 1)[0] for n in names)))
        print(await loop.run_in_executor(pool, cpu, 1000))
    try:
        await loop.run_in_executor(None, int, "x")
    except ValueError as e:
        print("ValueError:", e)
    print("main thread:", threading.current_thread().name)

asyncio.run(main())
