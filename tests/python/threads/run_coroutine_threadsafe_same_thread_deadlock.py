# expect: deadlock
# A classic asyncio mistake: blocking on run_coroutine_threadsafe(...).result() from the loop's
# own thread. The loop can never run the coroutine. CPython hangs; the runtime reports it.
import asyncio

async def answer():
    return 42

async def main():
    loop = asyncio.get_running_loop()
    future = asyncio.run_coroutine_threadsafe(answer(), loop)
    print("waiting in the loop's own thread")
    print(future.result())

asyncio.run(main())
