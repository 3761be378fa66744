# Queue is FIFO, LifoQueue LIFO, PriorityQueue smallest first; items pass between threads.
import queue
import threading

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    def producer():
        for item in (3, 1, 2):
            q.put(item)
    t = threading.Thread(target=producer)
    t.start()
    t.join()
    print(cls.__name__, q.qsize(), [q.get() for _ in range(3)], q.empty())

pq = queue.PriorityQueue()
for entry in [(2, "write"), (1, "read"), (3, "close")]:
    pq.put(entry)
print([pq.get()[1] for _ in range(3)])
