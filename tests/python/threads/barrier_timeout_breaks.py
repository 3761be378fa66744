# A wait that times out breaks the barrier for everyone; a failing action breaks it too.
import threading
import time

barrier = threading.Barrier(3, timeout=0.1)
outcomes = []

def party(i):
    try:
        barrier.wait()
        outcomes.append("passed")
    except threading.BrokenBarrierError:
        outcomes.append("broken")

threads = [threading.Thread(target=party, args=(i,)) for i in range(2)]
start = time.monotonic()
for t in threads: t.start()
for t in threads: t.join()
print(outcomes, "broken:", barrier.broken, "waited:", time.monotonic() - start >= 0.09)

def failing_action():
    raise ValueError("action failed")

b2 = threading.Barrier(2, action=failing_action)
results = []

def party2():
    try:
        b2.wait()
        results.append("passed")
    except threading.BrokenBarrierError:
        results.append("broken")
    except ValueError as e:
        results.append(f"ValueError: {e}")

threads = [threading.Thread(target=party2) for _ in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(results), "broken:", b2.broken)
