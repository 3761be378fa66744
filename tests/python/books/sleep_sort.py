# Sleep sort: each thread sleeps in proportion to its number, so they append in sorted order.
import threading
import time

def sleep_sort(values):
    out = []
    lock = threading.Lock()
    def worker(v):
        time.sleep(v * 0.1)
        with lock:
            out.append(v)
    threads = [threading.Thread(target=worker, args=(v,)) for v in values]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out

print(sleep_sort([5, 3, 9, 1, 7, 2, 8, 4, 6, 0]))
