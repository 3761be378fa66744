# A thread-safe lazy singleton (double-checked locking) and a memoising cache guarded by a Lock.
import threading
import time

class Config:
    _instance = None
    _lock = threading.Lock()
    created = 0

    def __new__(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    time.sleep(0.01)          # widen the race window
                    cls.created += 1
                    cls._instance = super().__new__(cls)
        return cls._instance

instances = []
threads = [threading.Thread(target=lambda: instances.append(Config())) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("one instance:", len({id(i) for i in instances}) == 1, "created:", Config.created)

class Cache:
    def __init__(self, func):
        self.func = func
        self.data = {}
        self.lock = threading.Lock()
        self.computations = 0
    def get(self, key):
        with self.lock:
            if key not in self.data:
                self.computations += 1
                self.data[key] = self.func(key)
            return self.data[key]

def slow_square(x):
    time.sleep(0.002)
    return x * x

cache = Cache(slow_square)
results = []
def use():
    results.append([cache.get(k) for k in range(5)])
threads = [threading.Thread(target=use) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results[0], all(r == results[0] for r in results), "computations:", cache.computations)
