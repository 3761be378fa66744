from multiprocessing import Pool
import time

def count_primes(limit):
    n = 0
    for k in range(2, limit):
        if all(k % d for d in range(2, int(k ** 0.5) + 1)):
            n += 1
    return n

if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(count_primes, [20000, 20000, 30000, 30000]))
