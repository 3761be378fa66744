# expect: deadlock
# The docs' warning about ThreadPoolExecutor: a task that waits on another task's result can
# deadlock when the pool has no free worker. With one worker, A waits for B, which never starts.
# CPython hangs; the runtime reports the deadlock.
from concurrent.futures import ThreadPoolExecutor

executor = ThreadPoolExecutor(max_workers=1)

def b():
    return "b"

def a():
    inner = executor.submit(b)
    return inner.result()      # the only worker is running a()

print("submitting")
print(executor.submit(a).result())
