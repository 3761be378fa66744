# asyncio.sleep(0) yields to the loop: tasks interleave in a deterministic round-robin.
import asyncio

async def count(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)

async def main():
    log = []
    await asyncio.gather(count("a", 3, log), count("b", 3, log), count("c", 2, log))
    print(" ".join(log))
    log.clear()
    t1 = asyncio.create_task(count("x", 2, log))
    t2 = asyncio.create_task(count("y", 2, log))
    log.append("main before await")
    await asyncio.sleep(0)
    log.append("main after one yield")
    await t1
    await t2
    print(" ".join(log))

asyncio.run(main())
