# While main sleeps, a worker thread makes progress (and the other way round).
import threading
import time

progress = []
stop = threading.Event()

def worker():
    while not stop.is_set():
        progress.append(1)
        time.sleep(0.01)

t = threading.Thread(target=worker)
t.start()
time.sleep(0.2)
stop.set()
t.join()
print("worker ran during main's sleep:", len(progress) >= 5)
