# A child puts N small messages on a multiprocessing.Queue, the parent gets them: seconds
# per message, once the child is up.
import multiprocessing as mp
import time

N = 20000

def producer(q, ready):
    ready.put(True)
    for i in range(N):
        q.put(i)

if __name__ == "__main__":
    q, ready = mp.Queue(), mp.Queue()
    p = mp.Process(target=producer, args=(q, ready))
    p.start()
    ready.get()
    t0 = time.perf_counter()
    for _ in range(N):
        q.get()
    elapsed = time.perf_counter() - t0
    p.join()
    print("BENCH", elapsed / N)
