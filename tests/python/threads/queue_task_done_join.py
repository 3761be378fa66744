# join() blocks until every item put has been marked task_done(); too many task_done is an error.
import queue
import threading

q = queue.Queue()
processed = []

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        processed.append(item * 2)
        q.task_done()

threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads: t.start()
for i in range(10):
    q.put(i)
q.join()
print("all processed at join:", sorted(processed))
print("unfinished:", q.unfinished_tasks)
for _ in threads:
    q.put(None)
for t in threads: t.join()
try:
    q.task_done()
except ValueError as e:
    print("extra task_done:", e)
