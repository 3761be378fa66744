# ProcessPoolExecutor checks numbers for primality in parallel (the docs' classic example, smaller).
# timeout: 60 (each child boots an interpreter; slow on a loaded 2-core machine)
import concurrent.futures
import math

PRIMES = [112272535095293, 112582705942171, 112272535095295, 115280095190773, 115797848077099, 1099726899285419]
PRIMES = [n % 10_000_019 for n in PRIMES] + [999983, 1000000]

def is_prime(n):
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    for i in range(3, int(math.isqrt(n)) + 1, 2):
        if n % i == 0:
            return False
    return True

def main():
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as executor:
        for number, prime in zip(PRIMES, executor.map(is_prime, PRIMES)):
            print("%d is prime: %s" % (number, prime))
        futures = [executor.submit(is_prime, n) for n in range(20)]
        print([n for n, f in zip(range(20), futures) if f.result()])

if __name__ == "__main__":
    main()
