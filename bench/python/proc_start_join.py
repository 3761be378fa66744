# Process start + join of an empty target, averaged; the first one (cold) is not counted.
# argv[1]: the start method (python3 only; the runtime has one way to start a process).
import multiprocessing as mp
import sys
import time

def nothing():
    pass

if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    N = 10
    p = mp.Process(target=nothing)
    p.start()
    p.join()
    t0 = time.perf_counter()
    for _ in range(N):
        p = mp.Process(target=nothing)
        p.start()
        p.join()
    print("BENCH", (time.perf_counter() - t0) / N)
