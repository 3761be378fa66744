# Three threads each sleep 1 s: they overlap, so about 1 s in all.
import threading, time
ts = [threading.Thread(target=time.sleep, args=(1,)) for _ in range(3)]
t0 = time.perf_counter()
for t in ts: t.start()
for t in ts: t.join()
print("BENCH", time.perf_counter() - t0)
