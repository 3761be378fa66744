# Semaphore: non-blocking and timed acquire, release(n), and a negative initial value.
import threading
import time

sem = threading.Semaphore(1)
print(sem.acquire(blocking=False), sem.acquire(blocking=False))
start = time.monotonic()
print("timed:", sem.acquire(timeout=0.1), time.monotonic() - start >= 0.09)
sem.release(3)
print("after release(3):", [sem.acquire(blocking=False) for _ in range(4)])
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("negative:", e)
try:
    sem.release(0)
except ValueError as e:
    print("release(0):", e)

def later():
    time.sleep(0.05)
    sem.release()

t = threading.Thread(target=later)
t.start()
print("woken by release:", sem.acquire(timeout=5))
t.join()
