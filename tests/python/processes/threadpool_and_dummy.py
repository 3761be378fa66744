# multiprocessing.pool.ThreadPool and multiprocessing.dummy: the Pool API on threads.
from multiprocessing.pool import ThreadPool
from multiprocessing.dummy import Pool as DPool, Process as DProcess, Queue as DQueue, current_process
import threading
def sq(x): return x * x
with ThreadPool(3) as tp:
    print(tp.map(sq, range(6)))
    print(sorted(tp.imap_unordered(sq, range(4))))
    print(tp.apply_async(sq, (7,)).get())
with DPool(2) as p:
    print(p.map(lambda x: x + 1, [1, 2]))
q = DQueue()
t = DProcess(target=lambda: q.put(threading.current_thread().name))
t.start(); t.join(); print(q.get().startswith("Thread"))
