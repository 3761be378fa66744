# The usable CPUs as the docs count them (len(os.sched_getaffinity(0))) sizes a pool that works.
import multiprocessing as mp
import os

if __name__ == "__main__":
    usable = len(os.sched_getaffinity(0))
    print(1 <= usable <= os.cpu_count(), usable <= mp.cpu_count())
    with mp.Pool(usable) as pool:
        print(sum(pool.map(abs, range(-10, 0))))
