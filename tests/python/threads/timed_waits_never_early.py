# A timed wait never ends before its time: sleep, Event.wait, Lock.acquire, Condition.wait and
# an asyncio timer, each with fractional-millisecond lengths, measured against time.monotonic().
import asyncio
import threading
import time

LENGTHS = [0.0003 * k + 0.0001 for k in range(1, 40)]   # 0.4 ms .. 11.8 ms


def early(wait):
    count = 0
    for length in LENGTHS:
        t0 = time.monotonic()
        wait(length)
        if time.monotonic() - t0 < length:
            count += 1
    return count


held = threading.Lock()
held.acquire()
cond = threading.Condition()


def cond_wait(length):
    with cond:
        cond.wait(length)


async def timers():
    loop = asyncio.get_running_loop()
    count = 0
    for length in LENGTHS:
        t0 = loop.time()
        await asyncio.sleep(length)
        if loop.time() - t0 < length:
            count += 1
    return count

print("sleep", early(time.sleep))
print("Event.wait", early(threading.Event().wait))
print("Lock.acquire", early(lambda s: held.acquire(timeout=s)))
print("Condition.wait", early(cond_wait))
print("asyncio.sleep", asyncio.run(timers()))
