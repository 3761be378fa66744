# normalize: sorted-lines (the workers stop in any order)
# Worker processes that run until an Event tells them to stop, and the parent waiting on their
# sentinels with multiprocessing.connection.wait (PyMOTW / the docs).
import multiprocessing as mp
import time
from multiprocessing.connection import wait

def worker(stop, counter, lock, n):
    while not stop.is_set():
        with lock:
            counter.value += 1
        time.sleep(0.005)
    print("worker", n, "stopping", flush=True)

if __name__ == "__main__":
    stop = mp.Event()
    counter = mp.Value("i", 0)
    lock = mp.Lock()
    procs = [mp.Process(target=worker, args=(stop, counter, lock, i)) for i in range(3)]
    for p in procs:
        p.start()
    time.sleep(0.2)
    stop.set()
    pending = {p.sentinel: p for p in procs}
    finished = []
    while pending:
        for s in wait(list(pending), timeout=5):
            finished.append(pending.pop(s).exitcode)
    print("exit codes", finished)
    print("counted some:", counter.value > 3)
    print("all stopped:", not any(p.is_alive() for p in procs))
