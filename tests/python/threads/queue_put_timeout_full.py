# A bounded queue: put(timeout) raises queue.Full; put_nowait at once; a get unblocks a put.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
print("full:", q.full(), q.qsize())
start = time.monotonic()
try:
    q.put(3, timeout=0.1)
except queue.Full:
    print("Full after timeout:", time.monotonic() - start >= 0.09)
try:
    q.put_nowait(3)
except queue.Full:
    print("Full at once")
threading.Timer(0.05, q.get).start()
q.put(3, timeout=5)
print("put after a get:", [q.get(), q.get()], q.empty())
