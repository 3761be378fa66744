# A CPU loop with no other thread: the baseline for the preemption overhead.
import time
def work():
    total = 0
    for i in range(3_000_000):
        total += i * i
    return total
t0 = time.perf_counter()
work()
print("BENCH", time.perf_counter() - t0)
