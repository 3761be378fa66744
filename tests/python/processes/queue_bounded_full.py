import multiprocessing as mp
import queue

q = mp.Queue(maxsize=2)
q.put(1)
q.put(2)
print(q.full(), q.qsize())
try:
    q.put_nowait(3)
except queue.Full:
    print("Full (nowait)")
try:
    q.put(3, timeout=0.2)
except queue.Full:
    print("Full (timeout)")
print(q.get(), q.get(), q.empty())
