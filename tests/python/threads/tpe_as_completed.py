# as_completed yields futures as they finish: here the shortest sleep comes first.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

def nap(seconds):
    time.sleep(seconds)
    return seconds

with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(nap, s) for s in (0.3, 0.1, 0.2)]
    print([f.result() for f in as_completed(futures)])
    futures = {pool.submit(nap, s): s for s in (0.02, 0.01)}
    print(sorted(futures[f] for f in as_completed(futures)))
    slow = pool.submit(nap, 1.0)
    try:
        for f in as_completed([slow], timeout=0.1):
            pass
    except TimeoutError as e:
        print("timeout:", type(e).__name__, "1 (of 1) futures unfinished" in str(e))
