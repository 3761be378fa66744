# normalize: sorted-chars (print writes the text and the newline separately: CPython can interleave lines)
import threading
import time

def worker(name):
    time.sleep(1)
    print(f"Finished {name}")

threads = [threading.Thread(target=worker, args=(f"T{i}",)) for i in range(3)]
for t in threads: t.start()
for t in threads: t.join()
