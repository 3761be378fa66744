# An event loop can run in a non-main thread; call_soon_threadsafe hands work to it.
import asyncio
import threading

results = []

def loop_thread(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()
    loop.close()

loop = asyncio.new_event_loop()
t = threading.Thread(target=loop_thread, args=(loop,))
t.start()

async def job(x):
    await asyncio.sleep(0.01)
    return x * 10

future = asyncio.run_coroutine_threadsafe(job(4), loop)
print("from the loop thread:", future.result(timeout=5))
loop.call_soon_threadsafe(results.append, "callback ran")
loop.call_soon_threadsafe(loop.stop)
t.join()
print(results)

def own_loop():
    results.append(asyncio.run(job(7)))

t = threading.Thread(target=own_loop)
t.start()
t.join()
print(results)
