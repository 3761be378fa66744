# time.thread_time() counts only the calling thread's CPU: a spinning thread uses far more than
# a sleeping one, and two CPU-bound threads that take turns under the interpreter lock use no
# more CPU together than the wall time they shared. (Relative checks: a loaded machine gives a
# spinning thread less CPU than its wall time, under python3 as here.)
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
print("spinner used CPU, the napper almost none:", res["spin"] > 10 * res["nap"] and res["spin"] > 0.01)
print("process_time counts the spinner:", time.process_time() - p0 >= 0.9 * res["spin"])

res.clear()
t0 = time.perf_counter()
a = threading.Thread(target=spin, args=("a",)); b = threading.Thread(target=spin, args=("b",))
a.start(); b.start(); a.join(); b.join()
wall = time.perf_counter() - t0
print("took turns:", res["a"] > 0 and res["b"] > 0 and res["a"] + res["b"] < wall * 1.1)
