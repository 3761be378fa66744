# Graceful shutdown as asyncio tutorials write it: loop.add_signal_handler for SIGTERM/SIGINT, a
# signal sent to ourselves ends the workers; remove_signal_handler; signal.raise_signal.
import asyncio
import os
import signal

async def worker(n, stop):
    ticks = 0
    while not stop.is_set():
        ticks += 1
        await asyncio.sleep(0.01)
    return n, ticks > 0

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    received = []
    def on_signal(sig):
        received.append(sig.name)
        stop.set()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, on_signal, sig)
    tasks = [asyncio.create_task(worker(i, stop)) for i in range(3)]
    await asyncio.sleep(0.05)
    os.kill(os.getpid(), signal.SIGTERM)
    print(await asyncio.gather(*tasks))
    print("received", received)
    print(loop.remove_signal_handler(signal.SIGTERM), loop.remove_signal_handler(signal.SIGTERM))
    stop.clear()
    signal.raise_signal(signal.SIGINT)
    await asyncio.sleep(0.01)
    print("received", received)
    try:
        loop.add_signal_handler(signal.SIGKILL, on_signal, signal.SIGKILL)
    except (RuntimeError, OSError) as e:
        print(type(e).__name__, e)

asyncio.run(main())

# Only the main thread's loop may handle signals.
import threading

def loop_in_thread():
    async def try_add():
        try:
            asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, print)
        except RuntimeError as e:
            print("in a thread: RuntimeError:", e)
    asyncio.run(try_add())

t = threading.Thread(target=loop_in_thread)
t.start()
t.join()
print("SIGTERM handler restored:", signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
