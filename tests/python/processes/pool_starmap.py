from multiprocessing import Pool
import operator

def power(b, e):
    return b ** e

with Pool(2) as pool:
    print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
    print(pool.starmap(operator.mul, zip(range(5), range(5, 10))))
    print(pool.starmap_async(power, [(5, 2)]).get(timeout=10))
