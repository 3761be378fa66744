# The older style: new_event_loop, set_event_loop, run_until_complete, close; a closed loop refuses work.
import asyncio

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(add(2, 3)))
print(loop.run_until_complete(asyncio.gather(add(1, 1), add(2, 2))))
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(add(1, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.set_event_loop(None)

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_later(0.02, fut.set_result, "late")
loop.call_soon(print, "soon first")
print(loop.run_until_complete(fut))
loop.close()
