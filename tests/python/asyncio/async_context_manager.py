# Async context managers: a class with __aenter__/__aexit__ and @asynccontextmanager; AsyncExitStack.
import asyncio
import contextlib

class Connection:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0.001)
        print(f"open {self.name}")
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.001)
        print(f"close {self.name}", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError   # swallow KeyError only

@contextlib.asynccontextmanager
async def transaction(name):
    print("begin", name)
    try:
        yield name.upper()
        print("commit", name)
    except Exception as e:
        print("rollback", name, repr(e))
        raise

async def main():
    async with Connection("db") as c:
        print("using", c.name)
    async with Connection("kv"):
        raise KeyError("swallowed")
    print("after swallowed KeyError")
    try:
        async with Connection("x"):
            raise ValueError("escapes")
    except ValueError as e:
        print("escaped:", e)
    async with transaction("t1") as t:
        print("in", t)
    try:
        async with transaction("t2"):
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    async with contextlib.AsyncExitStack() as stack:
        for n in ("a", "b", "c"):
            await stack.enter_async_context(Connection(n))
        stack.push_async_callback(asyncio.sleep, 0)
        print("stack entered")

asyncio.run(main())
