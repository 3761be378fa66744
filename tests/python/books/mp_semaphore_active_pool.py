# PyMOTW's ActivePool: a Semaphore limits how many processes work at once; a Manager list tracks them.
import multiprocessing as mp
import time

class ActivePool:
    # Holds the Manager's list proxy, not the Manager: a Manager does not pickle (3.14 starts
    # children with forkserver, which pickles a Process's arguments).
    def __init__(self, mgr):
        self.active = mgr.list()
        self.lock = mp.Lock()
        self.peak = mp.Value("i", 0)

    def makeActive(self, name):
        with self.lock:
            self.active.append(name)
            self.peak.value = max(self.peak.value, len(self.active))

    def makeInactive(self, name):
        with self.lock:
            self.active.remove(name)

def worker(s, pool):
    name = mp.current_process().name
    with s:
        pool.makeActive(name)
        time.sleep(0.1)
        pool.makeInactive(name)

if __name__ == "__main__":
    mgr = mp.Manager()
    pool = ActivePool(mgr)
    s = mp.Semaphore(3)
    jobs = [mp.Process(target=worker, name=str(i), args=(s, pool)) for i in range(6)]
    for j in jobs:
        j.start()
    for j in jobs:
        j.join()
    print("peak <= 3:", pool.peak.value <= 3, "peak >= 1:", pool.peak.value >= 1)
    print("active at end:", list(pool.active))
    mgr.shutdown()
