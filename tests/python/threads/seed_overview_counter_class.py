import threading
class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()
    def increment(self):
        with self.lock:
            self.value += 1

counter = Counter()

def work():
    for _ in range(1000):
        counter.increment()

threads = [threading.Thread(target=work) for _ in range(10)]
for t in threads: t.start()
for t in threads: t.join()
print(counter.value)
assert counter.value == 10 * 1000
