# Worker threads are named <prefix>_<n>; initializer runs once in each worker thread.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

inits = []

def init(tag):
    inits.append((tag, threading.current_thread().name))

def name(_):
    time.sleep(0.05)  # keep workers busy so the pool starts all of them
    return threading.current_thread().name

with ThreadPoolExecutor(max_workers=2, thread_name_prefix="dl", initializer=init, initargs=("x",)) as pool:
    print(sorted(set(pool.map(name, range(4)))))
print(sorted(inits))
with ThreadPoolExecutor(max_workers=1) as pool:
    print(pool.submit(lambda: threading.current_thread().name).result())
with ThreadPoolExecutor(max_workers=1) as pool:
    print(pool.submit(lambda: threading.current_thread().name).result())
print("daemon workers:", ThreadPoolExecutor(max_workers=1).submit(lambda: threading.current_thread().daemon).result())
