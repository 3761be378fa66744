# SimpleQueue: unbounded FIFO with blocking get and timeouts, no task tracking.
import queue
import threading

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
threads = [threading.Thread(target=sq.put, args=(i,)) for i in range(3)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(sq.get() for _ in range(3)))
try:
    sq.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")
sq.put_nowait("x")
print(sq.get_nowait())
threading.Timer(0.05, sq.put, args=("woke",)).start()
print(sq.get())
print("has task_done:", hasattr(sq, "task_done"))
