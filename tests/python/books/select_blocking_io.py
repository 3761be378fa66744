# Effective Python's "use threads for blocking I/O": select.select with a timeout blocks like a
# system call, so five threads each waiting 0.1 s finish in about 0.1 s, not 0.5 s.
import select
import threading
import time

def slow_systemcall():
    select.select([], [], [], 0.1)

start = time.perf_counter()
for _ in range(5):
    slow_systemcall()
serial = time.perf_counter() - start
print("serial about 0.5 s:", 0.45 < serial < 1.0)

start = time.perf_counter()
threads = [threading.Thread(target=slow_systemcall) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
parallel = time.perf_counter() - start
print("threads overlap:", parallel < 0.3)
