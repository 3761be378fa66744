# normalize: sorted-lines (the workers stop in any order)
# Worker processes that run until an Event tells them to stop, and the parent waiting on their
# sentinels with multiprocessing.connection.wait (PyMOTW / the docs).
import multiprocessing as mp
import sys
import time
from multiprocessing.connection import wait

def worker(stop, counter, lock, n, ready):
    ready.put(n)
    while not stop.is_set():
        with lock:
            counter.value += 1
        time.sleep(0.005)
    sys.stdout.write("worker %d stopping\n" % n)   # one write: lines of two processes never mix
    sys.stdout.flush()

if __name__ == "__main__":
    stop = mp.Event()
    counter = mp.Value("i", 0)
    lock = mp.Lock()
    ready = mp.Queue()
    procs = [mp.Process(target=worker, args=(stop, counter, lock, i, ready)) for i in range(3)]
    for p in procs:
        p.start()
    for _ in procs:
        ready.get()   # every worker is up: from here on they count for 0.2 s
    time.sleep(0.2)
    stop.set()
    pending = {p.sentinel: p for p in procs}
    finished = []
    while pending:
        for s in wait(list(pending), timeout=5):
            p = pending.pop(s)
            p.join()      # the sentinel is ready as the process ends; join reaps it
            finished.append(p.exitcode)
    print("exit codes", finished)
    print("counted some:", counter.value > 3)
    print("all stopped:", not any(p.is_alive() for p in procs))
