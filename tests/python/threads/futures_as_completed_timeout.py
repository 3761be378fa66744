# futures.as_completed(timeout=) raises TimeoutError naming how many were unfinished; a pool
# whose initializer fails is broken (BrokenThreadPool) for every submitted task.
import concurrent.futures as cf
import time

def nap(x):
    time.sleep(x)
    return x

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(nap, d) for d in (0.01, 0.5, 0.6)]
    done = []
    try:
        for f in cf.as_completed(futs, timeout=0.2):
            done.append(f.result())
    except TimeoutError as e:
        print("TimeoutError:", e, "done:", done)

def bad_init():
    raise RuntimeError("init failed")

ex = cf.ThreadPoolExecutor(max_workers=2, initializer=bad_init)
f = ex.submit(nap, 0)
try:
    f.result(timeout=5)
except cf.BrokenExecutor as e:
    print(type(e).__name__, "|", e)
try:
    ex.submit(nap, 0)
except cf.BrokenExecutor as e:
    print("submit after:", type(e).__name__)
ex.shutdown()
