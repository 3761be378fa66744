# Dining philosophers: each picks up the lower-numbered fork first, so no deadlock; all finish.
import threading
import time

N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
log_lock = threading.Lock()

def philosopher(i, rounds):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    for _ in range(rounds):
        with forks[first]:
            with forks[second]:
                meals[i] += 1
                time.sleep(0.001)
        time.sleep(0)

threads = [threading.Thread(target=philosopher, args=(i, 10), name=f"philosopher-{i}") for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("meals:", meals)
print("all forks free:", not any(f.locked() for f in forks))
