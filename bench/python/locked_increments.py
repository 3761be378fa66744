# The seed's Turing-style "Hard" challenge: 100 threads x 1000 locked increments.
import threading, time
counter = 0
lock = threading.Lock()
def increment():
    global counter
    for _ in range(1000):
        with lock:
            counter += 1
t0 = time.perf_counter()
threads = [threading.Thread(target=increment) for _ in range(100)]
for t in threads: t.start()
for t in threads: t.join()
assert counter == 100000
print("BENCH", time.perf_counter() - t0)
