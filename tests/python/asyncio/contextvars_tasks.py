# contextvars: each task runs in a copy of the context; changes in a task don't leak out.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")

async def handler(rid, log):
    request_id.set(rid)
    await asyncio.sleep(0.01 * (3 - int(rid[-1])))
    await inner(log)

async def inner(log):
    log.append(f"inner sees {request_id.get()}")

async def main():
    log = []
    request_id.set("main")
    await asyncio.gather(*(handler(f"req{i}", log) for i in range(3)))
    print(log)
    print("main still:", request_id.get())
    token = request_id.set("temp")
    request_id.reset(token)
    print("after reset:", request_id.get())
    ctx = contextvars.copy_context()
    print("in copy:", ctx[request_id])
    def in_thread():
        return request_id.get()
    print("to_thread copies context:", await asyncio.to_thread(in_thread))
    loop = asyncio.get_running_loop()
    print("run_in_executor doesn't:", await loop.run_in_executor(None, in_thread))

asyncio.run(main())
print("outside asyncio.run:", request_id.get())
