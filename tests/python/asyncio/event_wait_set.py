# asyncio.Event: waiters block until set; clear resets it.
import asyncio

async def waiter(name, event, log):
    log.append(f"{name} waiting")
    await event.wait()
    log.append(f"{name} woke")

async def main():
    event = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(f"w{i}", event, log)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("is_set:", event.is_set())
    log.append("setting")
    event.set()
    await asyncio.gather(*tasks)
    print(log)
    print("is_set:", event.is_set())
    await event.wait()
    print("wait on set event returns immediately")
    event.clear()
    try:
        await asyncio.wait_for(event.wait(), 0.02)
    except asyncio.TimeoutError:
        print("cleared event times out")

asyncio.run(main())
