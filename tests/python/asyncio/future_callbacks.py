# Futures: set_result/set_exception, done callbacks (with functools.partial), and InvalidStateError.
import asyncio
import functools

def report(label, fut):
    if fut.cancelled():
        print(label, "cancelled")
    elif fut.exception():
        print(label, "exception", repr(fut.exception()))
    else:
        print(label, "result", fut.result())

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.add_done_callback(functools.partial(report, "f1"))
    f1.set_result("value")
    f2 = loop.create_future()
    f2.add_done_callback(functools.partial(report, "f2"))
    f2.set_exception(ZeroDivisionError("div"))
    f3 = loop.create_future()
    f3.add_done_callback(functools.partial(report, "f3"))
    f3.cancel()
    print("callbacks not yet run")
    await asyncio.sleep(0)
    try:
        f1.set_result("again")
    except asyncio.InvalidStateError:
        print("InvalidStateError")
    f4 = loop.create_future()
    try:
        f4.result()
    except asyncio.InvalidStateError:
        print("result() before done: InvalidStateError")
    cb = functools.partial(report, "f4")
    f4.add_done_callback(cb)
    print("removed:", f4.remove_done_callback(cb))
    f4.set_result(None)
    await asyncio.sleep(0)
    try:
        await f2
    except ZeroDivisionError as e:
        print("awaited exception:", e)

asyncio.run(main())
