import multiprocessing as mp
import queue
import time

q = mp.Queue()
print(q.empty(), q.qsize())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty (nowait)")
t0 = time.monotonic()
try:
    q.get(timeout=0.3)
except queue.Empty:
    print("Empty after about 0.3s:", 0.2 < time.monotonic() - t0 < 1.0)
try:
    q.get(block=False)
except queue.Empty:
    print("Empty (block=False)")
q.put(1)
time.sleep(0.1)
print(q.empty(), q.qsize())
print(q.get())
