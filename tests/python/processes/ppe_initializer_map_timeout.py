# ProcessPoolExecutor: an initializer setting a per-process global, map(timeout=) raising
# TimeoutError, an exception surfacing in map's iteration, submit after shutdown.
import concurrent.futures as cf
import time

factor = None

def init(f):
    global factor
    factor = f

def scale(x):
    return x * factor

def nap(x):
    time.sleep(x)
    return x

def fail_on_3(x):
    if x == 3:
        raise ValueError("three")
    return x

if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2, initializer=init, initargs=(10,)) as ex:
        print(list(ex.map(scale, range(5))))
        it = ex.map(nap, [0.01, 2.0], timeout=0.5)
        print(next(it))
        try:
            next(it)
        except TimeoutError:
            print("map timed out")
        got = []
        try:
            for v in ex.map(fail_on_3, range(6)):
                got.append(v)
        except ValueError as e:
            print("got", got, "then", repr(e))
    try:
        ex.submit(scale, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
