# timeout: 60
# A Manager: its server is a process; proxies reach it from every process.
import multiprocessing as mp

def work(d, l, ns, q, lock, i):
    with lock:
        d[i] = i * i
        l.append(i)
        ns.total += i
    q.put(i)

if __name__ == "__main__":
    with mp.Manager() as m:
        d, l, ns, q, lock = m.dict(), m.list(), m.Namespace(), m.Queue(), m.Lock()
        ns.total = 0
        ps = [mp.Process(target=work, args=(d, l, ns, q, lock, i)) for i in range(4)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(sorted(d.items()), sorted(l), ns.total, sorted(q.get() for _ in range(4)))
        print(type(d).__name__, len(l))
