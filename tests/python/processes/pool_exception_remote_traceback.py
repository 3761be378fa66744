from multiprocessing import Pool

def risky(x):
    if x == 3:
        raise ValueError("three is bad")
    return x

if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            pool.map(risky, range(5))
        except ValueError as e:
            print("ValueError:", e)
            cause = e.__cause__
            print(type(cause).__name__, "in cause:", "three is bad" in str(cause), "risky" in str(cause))
        r = pool.apply_async(risky, (3,))
        r.wait()
        print(r.ready(), r.successful())
