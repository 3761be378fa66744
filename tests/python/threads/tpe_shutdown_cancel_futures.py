# shutdown(cancel_futures=True) cancels what has not started; submit after shutdown is refused.
import threading
from concurrent.futures import ThreadPoolExecutor

release = threading.Event()
started = threading.Event()

def first():
    started.set()
    release.wait()
    return 1

pool = ThreadPoolExecutor(max_workers=1)
a = pool.submit(first)
started.wait()
rest = [pool.submit(pow, 2, i) for i in range(3)]
threading.Timer(0.05, release.set).start()
pool.shutdown(wait=True, cancel_futures=True)
print("first:", a.result(), "rest cancelled:", [f.cancelled() for f in rest])
try:
    pool.submit(pow, 2, 2)
except RuntimeError as e:
    print("after shutdown:", e)
