# Fluent Python's spinner: a thread, a process and an asyncio task spin while a slow call runs; Event/cancel stop them.
import asyncio, itertools, multiprocessing as mp, threading, time

def spin_thread(msg, done):
    spins = 0
    for char in itertools.cycle(r'\|/-'):
        spins += 1
        if done.wait(0.01):
            break
    return spins

def slow():
    time.sleep(0.2)
    return 42

def supervisor_thread():
    done = threading.Event()
    spinner = threading.Thread(target=spin_thread, args=("thinking!", done))
    print(f"spinner object: {type(spinner).__name__}")
    spinner.start()
    result = slow()
    done.set()
    spinner.join()
    return result

def supervisor_proc():
    done = mp.Event()
    spinner = mp.Process(target=spin_thread, args=("thinking!", done))
    print(f"spinner object: {type(spinner).__name__}")
    spinner.start()
    result = slow()
    done.set()
    spinner.join()
    return result, spinner.exitcode

async def spin_async(msg):
    for char in itertools.cycle(r'\|/-'):
        try:
            await asyncio.sleep(0.01)
        except asyncio.CancelledError:
            break
    return "spun"

async def supervisor_async():
    spinner = asyncio.create_task(spin_async("thinking!"))
    print(f"spinner object: {type(spinner).__name__}")
    await asyncio.sleep(0.2)
    spinner.cancel()
    return await spinner

if __name__ == "__main__":
    print("Answer:", supervisor_thread())
    print("Answer:", supervisor_proc())
    print("Answer:", asyncio.run(supervisor_async()))
