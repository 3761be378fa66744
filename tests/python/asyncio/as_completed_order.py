# as_completed yields awaitables in completion order; a timeout raises TimeoutError.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    coros = [job("slow", 0.09), job("fast", 0.01), job("medium", 0.05)]
    for fut in asyncio.as_completed(coros):
        print(await fut)
    try:
        for fut in asyncio.as_completed([job("a", 0.01), job("b", 0.5)], timeout=0.1):
            print("got", await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")

asyncio.run(main())
