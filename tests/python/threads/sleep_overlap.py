# time.sleep parks only the calling thread: three threads sleeping 0.3 s finish in well under 0.6 s.
import threading
import time

def nap():
    time.sleep(0.3)

threads = [threading.Thread(target=nap) for _ in range(3)]
start = time.monotonic()
for t in threads: t.start()
for t in threads: t.join()
elapsed = time.monotonic() - start
print("overlapped:", elapsed < 0.6)
print("slept at least 0.3 s:", elapsed >= 0.29)
