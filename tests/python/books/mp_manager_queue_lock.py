# Manager proxies shared between processes: a Queue, a Lock and a list, as tutorials use them.
import multiprocessing as mp

def producer(q, lock, log, n):
    for i in range(n):
        q.put(i)
    with lock:
        log.append("produced %d" % n)

def consumer(q, lock, log):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    with lock:
        log.append("consumed total %d" % total)

if __name__ == "__main__":
    with mp.Manager() as m:
        q = m.Queue()
        lock = m.Lock()
        log = m.list()
        c = mp.Process(target=consumer, args=(q, lock, log))
        ps = [mp.Process(target=producer, args=(q, lock, log, 10)) for _ in range(2)]
        c.start()
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        q.put(None)
        c.join()
        print(sorted(log))
        print(c.exitcode, [p.exitcode for p in ps])
