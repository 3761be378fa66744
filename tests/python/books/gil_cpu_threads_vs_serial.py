# The GIL lesson: CPU-bound work split over threads takes about as long as doing it serially.
import threading
import time

def count(n):
    while n > 0:
        n -= 1

N = 2_000_000
t0 = time.perf_counter()
count(N); count(N)
serial = time.perf_counter() - t0

t0 = time.perf_counter()
a = threading.Thread(target=count, args=(N,))
b = threading.Thread(target=count, args=(N,))
a.start(); b.start(); a.join(); b.join()
threaded = time.perf_counter() - t0
print("threads not 1.5x faster:", threaded > serial / 1.5)
