# Two threads hand a token back and forth thousands of times while both allocate container
# objects (so the cyclic collector has work to do) and make reference cycles it must free.
# In the runtime, an automatic collection fired while a thread was suspended used to crash the
# worker ("memory access out of bounds") or hang it in Chromium; a low threshold makes the
# collector run often, wherever allocation happens.
import gc
import queue
import threading
import weakref

N = 3000
gc.set_threshold(50)
ping, pong = queue.Queue(), queue.Queue()
kept = []


class Node:
    def __init__(self):
        self.me = self          # a cycle: only the collector frees it


freed = []


def player():
    for _ in range(N):
        item = ping.get()
        kept.append((item, "blocked", ("Lock at %d" % item, None)))
        pong.put(item)


t = threading.Thread(target=player)
t.start()
cycles = []
for i in range(N):
    ping.put(i)
    node = Node()
    if i % 1000 == 0:
        cycles.append(weakref.ref(node, lambda r: freed.append(1)))
    kept.append((i, "running", None))
    pong.get()
del node
t.join()
gc.collect()
print("handed over", len(kept) // 2, "items")
print("cycles freed:", len(freed) == len(cycles), all(r() is None for r in cycles))
print("gc enabled:", gc.isenabled())
gc.disable()
print("after disable:", gc.isenabled())
gc.enable()
print("after enable:", gc.isenabled())
assert gc.collect(1) >= 0
