# asyncio.run with gather: results come back in argument order regardless of finish order.
import asyncio

async def fetch(name, delay):
    print(f"start {name}")
    await asyncio.sleep(delay)
    print(f"done {name}")
    return name.upper()

async def main():
    results = await asyncio.gather(fetch("a", 0.03), fetch("b", 0.01), fetch("c", 0.02))
    print(results)
    print(await asyncio.gather())
    return len(results)

print("returned:", asyncio.run(main()))
