from multiprocessing import Pool

def add(a, b=0):
    return a + b

with Pool(2) as pool:
    print(pool.apply(add, (1,), {"b": 2}))
    r = pool.apply_async(add, (40, 2))
    print(r.get(timeout=10), r.ready(), r.successful())
