from multiprocessing import Pool, TimeoutError
import time

def slow(x):
    time.sleep(1)
    return x

with Pool(1) as pool:
    r = pool.apply_async(slow, (5,))
    try:
        r.get(timeout=0.2)
    except TimeoutError:
        print("TimeoutError, ready:", r.ready())
    print(r.get(timeout=10))
