# threading.Timer (args, cancel, finished), RLock re-entry with Condition(RLock), PriorityQueue of dataclasses, LifoQueue.
import threading, queue, time
from dataclasses import dataclass, field

fired = []
t1 = threading.Timer(0.05, fired.append, args=("first",))
t2 = threading.Timer(0.05, fired.append, args=("never",))
t1.start(); t2.start(); t2.cancel()
t1.join(); t2.join()
print(fired, t1.finished.is_set(), t2.finished.is_set())

rlock = threading.RLock()
cond = threading.Condition(rlock)
items = []
def produce():
    with rlock:
        with cond:                   # re-entered: same owner
            items.append(1)
            cond.notify()
with cond:
    threading.Thread(target=produce).start()
    print("waited", cond.wait_for(lambda: items, timeout=2), items)
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError", e)

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)

pq = queue.PriorityQueue()
for p, n in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent-2")]:
    pq.put(Job(p, n))
print([pq.get().name for _ in range(4)][:2][0], pq.empty())
lq = queue.LifoQueue(maxsize=2)
lq.put(1); lq.put(2)
try:
    lq.put(3, timeout=0.05)
except queue.Full:
    print("Full", lq.qsize())
print(lq.get(), lq.get())
try:
    lq.get_nowait()
except queue.Empty:
    print("Empty")
