# Start and join a thread that does nothing: the cost of one thread's life.
import threading, time
N = 2000
def nothing(): pass
t0 = time.perf_counter()
for _ in range(N):
    t = threading.Thread(target=nothing)
    t.start()
    t.join()
print("BENCH", (time.perf_counter() - t0) / N)
