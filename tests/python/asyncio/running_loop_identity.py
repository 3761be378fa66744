# get_running_loop inside coroutines; outside one it raises RuntimeError; current_task/all_tasks.
import asyncio

async def child():
    return asyncio.get_running_loop()

async def main():
    loop = asyncio.get_running_loop()
    print("same loop in child:", await child() is loop)
    print("is running:", loop.is_running())
    me = asyncio.current_task()
    print("current task name:", me.get_name() != "", isinstance(me, asyncio.Task))
    t = asyncio.create_task(asyncio.sleep(0.01), name="sleeper")
    print("all_tasks includes both:", {me, t} <= asyncio.all_tasks())
    await t
    print("after await:", t in asyncio.all_tasks())
    c = child()
    print("iscoroutine:", asyncio.iscoroutine(c))
    c.close()

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)
print("current_task outside:", asyncio.current_task() if False else None)
asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("after run:", e)
