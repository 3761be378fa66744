# Pool.starmap, apply_async with callback and error_callback, imap with chunks, AsyncResult.get errors.
from multiprocessing import Pool

def power(base, exp):
    return base ** exp

def fails(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x

if __name__ == "__main__":
    got, errors = [], []
    with Pool(2) as pool:
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        rs = [pool.apply_async(fails, (i,), callback=got.append, error_callback=lambda e: errors.append(repr(e))) for i in range(5)]
        for r in rs:
            try:
                r.get(timeout=10)
            except ValueError as e:
                print("get raised", e)
        print(sorted(got), errors)
        print(list(pool.imap(abs, range(-5, 0), chunksize=2)))
        print(sum(pool.imap_unordered(abs, range(-100, 0), chunksize=7)))
