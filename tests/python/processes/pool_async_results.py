# Pool.map_async/imap over a generator, AsyncResult.get(timeout), ready/successful, and
# terminate() while a map is still running.
# normalize: mask-hex (the repr of an ApplyResult holds its address)
import multiprocessing as mp
import time

def square(x):
    return x * x

def slow(x):
    time.sleep(0.3)
    return x

def gen(n):
    for i in range(n):
        yield i

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        r = pool.map_async(square, gen(6))
        print(r.get(timeout=5), r.ready(), r.successful())
        print(list(pool.imap(square, gen(5), chunksize=2)))
        s = pool.apply_async(slow, (7,))
        try:
            s.get(timeout=0.05)
        except mp.TimeoutError:
            print("TimeoutError; ready:", s.ready())
        try:
            s.successful()
        except ValueError as e:
            print("ValueError:", e)
        print(s.get(timeout=5))
        big = pool.map_async(slow, range(20))
        time.sleep(0.1)
        pool.terminate()
        print("terminated; ready:", big.ready())
    try:
        pool.apply(square, (2,))
    except ValueError as e:
        print("ValueError:", e)
