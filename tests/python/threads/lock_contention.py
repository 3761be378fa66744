# Many threads contend for one lock: never two inside at once, and every thread gets in.
import threading
import time

lock = threading.Lock()
inside = 0
max_inside = 0
entries = []

def work(i):
    global inside, max_inside
    for _ in range(20):
        with lock:
            inside += 1
            max_inside = max(max_inside, inside)
            time.sleep(0.001)  # hold the lock across a blocking call
            entries.append(i)
            inside -= 1

threads = [threading.Thread(target=work, args=(i,)) for i in range(5)]
for t in threads: t.start()
for t in threads: t.join()
print("max inside:", max_inside)
print("entries:", len(entries))
print("per thread:", sorted({i: entries.count(i) for i in range(5)}.items()))
