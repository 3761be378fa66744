# asyncio.to_thread and run_in_executor: to_thread copies the caller's context, the executor does not.
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")

def whoami():
    return user.get()

async def handle(name):
    user.set(name)
    via_to_thread = await asyncio.to_thread(whoami)
    via_executor = await asyncio.get_running_loop().run_in_executor(None, whoami)
    return name, via_to_thread, via_executor

async def main():
    for row in await asyncio.gather(handle("ada"), handle("grace")):
        print(row)

asyncio.run(main())
