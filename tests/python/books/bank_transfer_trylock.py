# Transfers between accounts from many threads, avoiding deadlock by backing off: take the
# first lock, then try the second with a timeout; on failure release and retry. Money is conserved.
import random
import threading
import time

class Account:
    def __init__(self, name, balance):
        self.name, self.balance = name, balance
        self.lock = threading.Lock()

def transfer(src, dst, amount, stats):
    while True:
        with src.lock:
            if dst.lock.acquire(timeout=0.001):
                try:
                    if src.balance >= amount:
                        src.balance -= amount
                        dst.balance += amount
                        stats["done"] += 1
                    return
                finally:
                    dst.lock.release()
        stats["retries"] += 1
        time.sleep(random.random() / 1000)

accounts = [Account(n, 1000) for n in "ABCD"]
stats = {"done": 0, "retries": 0}
rng = random.Random(7)
jobs = [(rng.choice(accounts), rng.choice(accounts), rng.randint(1, 50)) for _ in range(400)]
jobs = [(s, d, a) for s, d, a in jobs if s is not d]

def worker(chunk):
    for s, d, a in chunk:
        transfer(s, d, a, stats)

threads = [threading.Thread(target=worker, args=(jobs[i::8],)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", sum(a.balance for a in accounts), "all threads done:", not any(t.is_alive() for t in threads))
