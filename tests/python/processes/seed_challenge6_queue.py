# Challenge 6: a Process puts on a Queue, the parent gets it.
from multiprocessing import Process, Queue

def worker(q):
    q.put("Hello from process")

q = Queue()
p = Process(target=worker, args=(q,))
p.start()
p.join()
assert q.get() == "Hello from process"
print("got it")
