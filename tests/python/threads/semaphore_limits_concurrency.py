# Semaphore(2): never more than two threads inside at once.
import threading
import time

sem = threading.Semaphore(2)
guard = threading.Lock()
inside = 0
peak = 0
done = []

def work(i):
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.05)
        with guard:
            inside -= 1
        done.append(i)

threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
start = time.monotonic()
for t in threads: t.start()
for t in threads: t.join()
elapsed = time.monotonic() - start
print("peak:", peak)
print("done:", sorted(done))
print("three rounds of two:", 0.14 <= elapsed < 1.0)
