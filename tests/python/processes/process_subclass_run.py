import multiprocessing as mp

class Counter(mp.Process):
    def __init__(self, n, q):
        super().__init__()
        self.n = n
        self.q = q

    def run(self):
        self.q.put(sum(range(self.n)))

if __name__ == "__main__":
    q = mp.Queue()
    ps = [Counter(n, q) for n in (10, 100, 1000)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in ps))
