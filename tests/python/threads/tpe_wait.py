# wait() with FIRST_COMPLETED, FIRST_EXCEPTION and ALL_COMPLETED, and a timeout.
import threading
import time
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                                ThreadPoolExecutor, wait)

release = threading.Event()

def blocked():
    release.wait()
    return "blocked done"

def fail():
    raise RuntimeError("failed")

with ThreadPoolExecutor(max_workers=4) as pool:
    slow = pool.submit(blocked)
    fast = pool.submit(time.sleep, 0.05)
    done, pending = wait([slow, fast], return_when=FIRST_COMPLETED)
    print("first completed:", done == {fast}, pending == {slow})
    bad = pool.submit(fail)
    done, pending = wait([slow, bad], return_when=FIRST_EXCEPTION)
    print("first exception:", done == {bad}, pending == {slow})
    done, pending = wait([slow], timeout=0.1)
    print("timeout:", len(done), len(pending))
    release.set()
    done, pending = wait([slow, fast, bad], return_when=ALL_COMPLETED)
    print("all completed:", len(done), len(pending), slow.result())
