# abort() breaks the barrier: current and future waiters get BrokenBarrierError.
import threading
import time

barrier = threading.Barrier(3)
outcomes = []

def party(i):
    try:
        barrier.wait()
        outcomes.append((i, "passed"))
    except threading.BrokenBarrierError:
        outcomes.append((i, "broken"))

threads = [threading.Thread(target=party, args=(i,)) for i in range(2)]
for t in threads: t.start()
while barrier.n_waiting < 2:
    time.sleep(0.01)
barrier.abort()
for t in threads: t.join()
print(sorted(outcomes))
print("broken:", barrier.broken)
try:
    barrier.wait()
except threading.BrokenBarrierError as e:
    print("later wait:", type(e).__name__, issubclass(type(e), RuntimeError))
