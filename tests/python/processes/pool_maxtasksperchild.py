# timeout: 60 (a new worker, so a new interpreter, per task)
from multiprocessing import Pool
import os

def pid_of(_):
    return os.getpid()

if __name__ == "__main__":
    with Pool(1, maxtasksperchild=2) as pool:
        pids = pool.map(pid_of, range(6), chunksize=1)
    print(len(pids), len(set(pids)))
