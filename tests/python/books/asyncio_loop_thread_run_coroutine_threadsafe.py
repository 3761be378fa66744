# An event loop running forever in a background thread; the main thread submits coroutines with
# run_coroutine_threadsafe and waits on the concurrent futures, then stops the loop.
import asyncio
import threading

async def add(a, b):
    await asyncio.sleep(0.05)
    return a + b

async def boom():
    await asyncio.sleep(0.01)
    raise KeyError("nope")

loop = asyncio.new_event_loop()
t = threading.Thread(target=loop.run_forever, name="loop-thread")
t.start()

futs = [asyncio.run_coroutine_threadsafe(add(i, i), loop) for i in range(5)]
print([f.result(timeout=2) for f in futs])
bad = asyncio.run_coroutine_threadsafe(boom(), loop)
try:
    bad.result(timeout=2)
except KeyError as e:
    print("KeyError", e)

slow = asyncio.run_coroutine_threadsafe(asyncio.sleep(10), loop)
try:
    slow.result(timeout=0.1)
except TimeoutError:
    print("timed out; cancel:", slow.cancel())

print("running in loop thread:", asyncio.run_coroutine_threadsafe(
    asyncio.to_thread(threading.current_thread), loop).result().name != "loop-thread")
loop.call_soon_threadsafe(loop.stop)
t.join()
print("loop running:", loop.is_running(), "closed:", loop.is_closed())
loop.close()
print("closed:", loop.is_closed())
