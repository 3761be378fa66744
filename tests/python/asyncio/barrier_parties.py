# asyncio.Barrier (3.11): parties meet; wait() returns distinct indices; abort breaks it.
import asyncio

async def party(barrier, i, log):
    await asyncio.sleep(0.01 * i)
    log.append(f"arrive {i}")
    idx = await barrier.wait()
    log.append(f"pass {i}")
    return idx

async def main():
    barrier = asyncio.Barrier(3)
    log = []
    idxs = await asyncio.gather(*(party(barrier, i, log) for i in range(3)))
    print(sorted(idxs))
    print(log[:3], sorted(log[3:]))
    print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)
    b2 = asyncio.Barrier(2)
    async def lonely():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError:
            return "broken"
    t = asyncio.create_task(lonely())
    await asyncio.sleep(0.01)
    await b2.abort()
    print(await t, b2.broken)

asyncio.run(main())
