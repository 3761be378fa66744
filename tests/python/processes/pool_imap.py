from multiprocessing import Pool
import time

def slow_square(x):
    time.sleep(0.05 * (5 - x))
    return x * x

if __name__ == "__main__":
    with Pool(3) as pool:
        print(list(pool.imap(slow_square, range(5))))
        print(sorted(pool.imap_unordered(slow_square, range(5))))
        it = pool.imap(slow_square, range(3))
        print(next(it), it.next(timeout=10), next(it))
        try:
            next(it)
        except StopIteration:
            print("StopIteration")
