# A hand-rolled thread pool: workers take jobs from a Queue until a None sentinel; results in another Queue.
import queue
import threading

def worker(jobs, results):
    name = threading.current_thread().name
    handled = 0
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            results.put((name, "exit", handled))
            break
        results.put((name, job, job ** 2))
        handled += 1
        jobs.task_done()

jobs = queue.Queue()
results = queue.Queue()
workers = [threading.Thread(target=worker, args=(jobs, results), name=f"w{i}") for i in range(4)]
for w in workers:
    w.start()
for n in range(20):
    jobs.put(n)
for _ in workers:
    jobs.put(None)
jobs.join()
for w in workers:
    w.join()
squares, exits = [], []
while not results.empty():
    name, job, value = results.get_nowait()
    (exits if job == "exit" else squares).append((name, job, value))
print(sorted(v for _, _, v in squares))
print(sorted(n for n, _, _ in exits), "total handled:", sum(v for _, _, v in exits))
try:
    results.get(timeout=0.01)
except queue.Empty:
    print("queue.Empty after draining")
