from concurrent.futures import ProcessPoolExecutor

def f(x):
    return x * x

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(f, range(10))))
        print(list(ex.map(f, range(10), chunksize=3)))
        fut = ex.submit(pow, 2, 10)
        print(fut.result(timeout=10), fut.done(), fut.exception())
