# requires: 3.14
# Thread(context=...) runs the thread in that Context; without it a GIL build starts empty.
import contextvars
import sys
import threading

var = contextvars.ContextVar("var", default="default")
var.set("main value")
seen = {}

def read(key):
    seen[key] = var.get()

print("inherit flag:", sys.flags.thread_inherit_context)
runs = [
    ("no context", threading.Thread(target=read, args=("no context",))),
    ("copied", threading.Thread(target=read, args=("copied",), context=contextvars.copy_context())),
    ("fresh", threading.Thread(target=read, args=("fresh",), context=contextvars.Context())),
]
for _, t in runs:
    t.start()
    t.join()
print(sorted(seen.items()))
