# A loop with nothing to do sleeps until another thread hands it work with call_soon_threadsafe.
import asyncio
import threading
import time

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def other():
        time.sleep(0.05)
        loop.call_soon_threadsafe(fut.set_result, "from " + threading.current_thread().name)

    t = threading.Thread(target=other, name="helper")
    start = time.monotonic()
    t.start()
    print(await fut)
    elapsed = time.monotonic() - start
    print("woke promptly:", 0.04 < elapsed < 0.5)
    t.join()

asyncio.run(main())
