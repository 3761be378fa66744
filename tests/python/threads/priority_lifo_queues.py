# queue.PriorityQueue with dataclass(order=True) items (the docs' recipe for unorderable payloads)
# and LifoQueue, shared by worker threads.
import queue
import threading
from dataclasses import dataclass, field
from typing import Any

@dataclass(order=True)
class Job:
    priority: int
    payload: Any = field(compare=False)

pq = queue.PriorityQueue()
for prio, payload in ((5, {"name": "low"}), (1, {"name": "urgent"}), (3, {"name": "normal"}), (1, {"name": "urgent2"})):
    pq.put(Job(prio, payload))

done = []
lock = threading.Lock()
def worker():
    while True:
        try:
            job = pq.get_nowait()
        except queue.Empty:
            return
        with lock:
            done.append((job.priority, job.payload["name"]))
        pq.task_done()

# one worker drains in priority order
w = threading.Thread(target=worker)
w.start(); w.join()
print(done)
try:
    pq2 = queue.PriorityQueue()
    pq2.put((1, {"a": 1}))
    pq2.put((1, {"b": 2}))
except TypeError as e:
    print("TypeError:", e)

lq = queue.LifoQueue(maxsize=3)
for i in range(3):
    lq.put(i)
print(lq.full(), lq.qsize())
try:
    lq.put(99, timeout=0.05)
except queue.Full:
    print("full")
out = []
def pop_all():
    while not lq.empty():
        out.append(lq.get())
t = threading.Thread(target=pop_all); t.start(); t.join()
print(out)
