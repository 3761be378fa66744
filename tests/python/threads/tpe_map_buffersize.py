# requires: 3.14
# Executor.map(buffersize=n) submits at most n calls ahead of the consumer, and still keeps order.
import threading
from concurrent.futures import ThreadPoolExecutor

submitted = []
lock = threading.Lock()

def inputs():
    for i in range(10):
        with lock:
            submitted.append(i)
        yield i

with ThreadPoolExecutor(max_workers=2) as pool:
    results = pool.map(lambda x: x * x, inputs(), buffersize=3)
    first = next(results)
    with lock:
        print("first:", first, "submitted so far <= 4:", len(submitted) <= 4)
    print("rest:", list(results))
try:
    ThreadPoolExecutor().map(abs, [1], buffersize=0)
except ValueError as e:
    print("buffersize=0:", e)
