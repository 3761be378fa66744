# ThreadPoolExecutor.map returns results in input order, whatever order they finish in.
import time
from concurrent.futures import ThreadPoolExecutor

def slow_square(x):
    time.sleep(0.05 * (5 - x))  # later inputs finish first
    return x * x

with ThreadPoolExecutor(max_workers=5) as pool:
    print(list(pool.map(slow_square, range(5))))
    print(list(pool.map(pow, [2, 3, 4], [5, 2, 1])))
    print(list(pool.map(str.upper, [])))
