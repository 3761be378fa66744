# loop.run_in_executor with the default executor and with an explicit ThreadPoolExecutor.
import asyncio
from concurrent.futures import ThreadPoolExecutor

def work(x):
    return x + 1

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, work, 1))
    with ThreadPoolExecutor(max_workers=2) as pool:
        print(await asyncio.gather(*(loop.run_in_executor(pool, work, i) for i in range(4))))

asyncio.run(main())
