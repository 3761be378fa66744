# map(timeout=...) raises TimeoutError while iterating when a result is late.
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

with ThreadPoolExecutor(max_workers=2) as pool:
    results = pool.map(time.sleep, [0.01, 0.5], timeout=0.2)
    got = []
    try:
        for r in results:
            got.append(r)
    except TimeoutError:
        print("TimeoutError after", got)
    print("TimeoutError is the builtin:", TimeoutError is __builtins__.TimeoutError)
