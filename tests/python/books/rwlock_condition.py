# A readers-writer lock built from a Condition: many readers at once, writers alone.
import threading
import time

class RWLock:
    def __init__(self):
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False
    def acquire_read(self):
        with self._cond:
            self._cond.wait_for(lambda: not self._writer)
            self._readers += 1
    def release_read(self):
        with self._cond:
            self._readers -= 1
            if self._readers == 0:
                self._cond.notify_all()
    def acquire_write(self):
        with self._cond:
            self._cond.wait_for(lambda: not self._writer and self._readers == 0)
            self._writer = True
    def release_write(self):
        with self._cond:
            self._writer = False
            self._cond.notify_all()

rw = RWLock()
state = {"readers": 0, "max_readers": 0, "writers": 0, "violations": 0}
guard = threading.Lock()
data = []

def reader():
    for _ in range(5):
        rw.acquire_read()
        with guard:
            state["readers"] += 1
            state["max_readers"] = max(state["max_readers"], state["readers"])
            if state["writers"]:
                state["violations"] += 1
        time.sleep(0.002)
        snapshot = list(data)
        with guard:
            state["readers"] -= 1
        rw.release_read()

def writer(n):
    for i in range(3):
        rw.acquire_write()
        with guard:
            state["writers"] += 1
            if state["readers"] or state["writers"] > 1:
                state["violations"] += 1
        data.append((n, i))
        time.sleep(0.002)
        with guard:
            state["writers"] -= 1
        rw.release_write()

threads = [threading.Thread(target=reader) for _ in range(4)] + [threading.Thread(target=writer, args=(n,)) for n in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("writes:", len(data), "violations:", state["violations"])
print("readers overlapped:", state["max_readers"] > 1)
