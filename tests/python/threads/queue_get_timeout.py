# get(timeout) raises queue.Empty after the timeout; get_nowait at once; a put wakes a blocked get.
import queue
import threading
import time

q = queue.Queue()
start = time.monotonic()
try:
    q.get(timeout=0.1)
except queue.Empty:
    print("Empty after timeout:", time.monotonic() - start >= 0.09)
try:
    q.get_nowait()
except queue.Empty:
    print("Empty at once")
try:
    q.get(block=False)
except queue.Empty:
    print("Empty non-blocking")
threading.Timer(0.05, q.put, args=("late item",)).start()
print("blocked get woke:", q.get(timeout=5))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("negative timeout:", e)
