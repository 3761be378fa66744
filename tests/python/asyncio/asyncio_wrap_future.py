# Bridging threads and asyncio: wrap_future over an executor's future, a thread completing an
# asyncio future with call_soon_threadsafe, and run_coroutine_threadsafe with a timeout.
import asyncio
import concurrent.futures
import threading
import time

def blocking(x):
    time.sleep(0.02)
    return x * 10

async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
        cfut = ex.submit(blocking, 4)
        print("wrapped:", await asyncio.wrap_future(cfut))

    fut = loop.create_future()
    def from_thread():
        time.sleep(0.02)
        loop.call_soon_threadsafe(fut.set_result, "set from " + threading.current_thread().name)
    threading.Thread(target=from_thread, name="helper").start()
    print(await fut)

    results = []
    def thread_side():
        async def coro(n):
            await asyncio.sleep(0.01)
            return n + 1
        results.append(asyncio.run_coroutine_threadsafe(coro(1), loop).result(timeout=2))
        slow = asyncio.run_coroutine_threadsafe(asyncio.sleep(5), loop)
        try:
            slow.result(timeout=0.05)
        except concurrent.futures.TimeoutError:
            slow.cancel()
            results.append("timed out")
    t = threading.Thread(target=thread_side)
    t.start()
    await asyncio.to_thread(t.join)
    print(results)

asyncio.run(main())
