# call_soon runs callbacks FIFO before timers; call_later/call_at run in deadline order.
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    log = []
    done = loop.create_future()
    loop.call_later(0.03, log.append, "later 0.03")
    loop.call_later(0.01, log.append, "later 0.01")
    loop.call_at(loop.time() + 0.02, log.append, "at +0.02")
    for i in range(3):
        loop.call_soon(log.append, f"soon {i}")
    h = loop.call_later(0.015, log.append, "cancelled timer")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    loop.call_later(0.05, done.set_result, "done")
    log.append("main continues")
    t0 = time.monotonic()
    while time.monotonic() - t0 < 0.05:    # a slow step: every timer is due when it ends
        pass
    await asyncio.sleep(0)
    log.append("after sleep(0)")
    print(await done)
    for entry in log:
        print(entry)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback saw", f.result()))
    loop.call_soon(fut.set_result, 7)
    print("awaited", await fut)
    await asyncio.sleep(0)

asyncio.run(main())
