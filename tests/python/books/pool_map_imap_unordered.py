# multiprocessing.Pool: map with chunksize, imap_unordered (sorted), starmap and apply_async.
# timeout: 60 (each child boots an interpreter; slow on a loaded 2-core machine)
import multiprocessing
import os

def work(x):
    return x * x, os.getpid()

def add(a, b):
    return a + b

if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        results = pool.map(work, range(40), chunksize=10)
        print([r for r, _ in results][:10], len(results))
        print("ran in other processes:", os.getpid() not in {pid for _, pid in results})
        print(sorted(r for r, _ in pool.imap_unordered(work, range(10))))
        print(list(r for r, _ in pool.imap(work, range(5), chunksize=2)))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        res = pool.apply_async(add, (10, 20))
        print(res.get(timeout=10), res.successful())
