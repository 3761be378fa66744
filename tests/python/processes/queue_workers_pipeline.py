# normalize: sorted-lines (two workers print as they go)
import multiprocessing as mp

def worker(tasks, results):
    while True:
        n = tasks.get()
        if n is None:
            break
        results.put((n, n ** 3))

if __name__ == "__main__":
    tasks, results = mp.Queue(), mp.Queue()
    ws = [mp.Process(target=worker, args=(tasks, results)) for _ in range(2)]
    for w in ws:
        w.start()
    for n in range(20):
        tasks.put(n)
    for _ in ws:
        tasks.put(None)
    out = dict(results.get() for _ in range(20))
    for w in ws:
        w.join()
    print(sum(out.values()), len(out))
    print([w.exitcode for w in ws])
