# time.thread_time() counts only the calling thread's CPU; a sleeping thread uses almost none,
# a spinning one about its wall time. process_time() counts all threads.
import threading
import time

res = {}
def spin(name):
    t0, c0 = time.perf_counter(), time.thread_time()
    while time.perf_counter() - t0 < 0.2:
        pass
    res[name] = time.thread_time() - c0

def nap(name):
    c0 = time.thread_time()
    time.sleep(0.2)
    res[name] = time.thread_time() - c0

p0 = time.process_time()
ts = [threading.Thread(target=spin, args=("spin",)), threading.Thread(target=nap, args=("nap",))]
for t in ts: t.start()
for t in ts: t.join()
print("spinner used CPU:", res["spin"] > 0.1, "napper used little:", res["nap"] < 0.05)
print("process_time grew:", time.process_time() - p0 > 0.1)

# Two CPU-bound threads share the interpreter lock: each runs about half of the wall time.
res.clear()
a = threading.Thread(target=spin, args=("a",)); b = threading.Thread(target=spin, args=("b",))
a.start(); b.start(); a.join(); b.join()
print("each about half:", all(0.04 < res[k] < 0.17 for k in "ab"))
