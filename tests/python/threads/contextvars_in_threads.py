# A new thread starts with an empty context by default (GIL build); copy_context().run carries values over.
import contextvars
import threading

request_id = contextvars.ContextVar("request_id", default="none")
request_id.set("main-42")
seen = {}

def read(key):
    seen[key] = request_id.get()
    request_id.set(f"changed-by-{key}")

t = threading.Thread(target=read, args=("plain thread",))
t.start(); t.join()
ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(read, "copied context"))
t.start(); t.join()
print(sorted(seen.items()))
print("main unchanged:", request_id.get())
print("the copy saw the change:", ctx[request_id])
