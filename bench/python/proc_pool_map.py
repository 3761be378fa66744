# Pool(W).map of a CPU-bound function; W from argv (default: all cores). The pool is warmed
# first (its processes started), so the figure is the map alone.
import multiprocessing as mp
import sys
import time

def burn(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s

if __name__ == "__main__":
    workers = int(sys.argv[1]) if len(sys.argv) > 1 else mp.cpu_count()
    tasks = [400_000] * (4 * mp.cpu_count())
    with mp.Pool(workers) as pool:
        pool.map(abs, range(workers * 4), chunksize=1)      # every worker up
        t0 = time.perf_counter()
        pool.map(burn, tasks, chunksize=1)
        elapsed = time.perf_counter() - t0
    print("BENCH", elapsed)
