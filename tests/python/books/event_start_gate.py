# Runners wait at an Event "start gate"; none starts before the gate opens; wait(timeout) returns a bool.
import threading
import time

gate = threading.Event()
ready = threading.Barrier(5)
started = []
lock = threading.Lock()

def runner(i):
    ready.wait()
    gate.wait()
    with lock:
        started.append((i, gate.is_set()))

threads = [threading.Thread(target=runner, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
ready.wait()
time.sleep(0.02)
print("started before the gate opened:", started)
gate.set()
for t in threads:
    t.join()
print(sorted(started))
e = threading.Event()
print("wait timeout returns:", e.wait(0.02))
e.set()
print("wait on set returns:", e.wait(0.02))
e.clear()
print("is_set after clear:", e.is_set())
