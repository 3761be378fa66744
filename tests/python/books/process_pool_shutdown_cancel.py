# ProcessPoolExecutor: map with chunksize, submit + as_completed, exceptions from workers, shutdown(cancel_futures=True).
import concurrent.futures as cf
import time

def square(x):
    return x * x

def slow(x):
    time.sleep(0.2)
    return x

def boom(x):
    raise ZeroDivisionError(f"no {x}")

if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(square, range(10), chunksize=3)))
        fs = {ex.submit(square, n): n for n in (5, 6, 7)}
        print(sorted((fs[f], f.result()) for f in cf.as_completed(fs)))
        try:
            ex.submit(boom, 1).result()
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
    ex = cf.ProcessPoolExecutor(max_workers=1)
    futures = [ex.submit(slow, i) for i in range(6)]
    time.sleep(0.1)
    ex.shutdown(wait=True, cancel_futures=True)
    states = [f.cancelled() for f in futures]
    print(states[0], states[-1], sum(states) >= 3)
