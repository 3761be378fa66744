# A worker thread reports progress to the loop with call_soon_threadsafe and run_coroutine_threadsafe.
import asyncio
import threading
import time

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    def worker():
        for i in range(3):
            time.sleep(0.01)
            loop.call_soon_threadsafe(q.put_nowait, i)
        fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, result="coro result"), loop)
        loop.call_soon_threadsafe(q.put_nowait, fut.result(timeout=2))
        loop.call_soon_threadsafe(q.put_nowait, None)
    t = threading.Thread(target=worker)
    t.start()
    while (item := await q.get()) is not None:
        print("got", item)
    t.join()
    print("thread joined")

asyncio.run(main())
