# multiprocessing: a Process subclass with run(), exit codes, Barrier and Event across processes, Array sums.
import multiprocessing as mp

class Worker(mp.Process):
    def __init__(self, idx, barrier, arr, done):
        super().__init__(name=f"Worker-{idx}")
        self.idx, self.barrier, self.arr, self.done = idx, barrier, arr, done

    def run(self):
        self.arr[self.idx] = self.idx * self.idx
        self.barrier.wait()
        if self.idx == 0:
            self.done.set()
        if self.idx == 2:
            raise SystemExit(7)

if __name__ == "__main__":
    barrier, done = mp.Barrier(3), mp.Event()
    arr = mp.Array("i", 3)
    ws = [Worker(i, barrier, arr, done) for i in range(3)]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    print(done.is_set(), list(arr), sum(arr))
    print([(w.name, w.exitcode) for w in ws])
