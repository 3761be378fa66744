# Two textbook process-pool programs: a merge sort whose chunks are sorted by a Pool and merged
# in the parent, and a seeded Monte Carlo estimate of pi split across workers.
import heapq
import multiprocessing as mp
import random

def sort_chunk(chunk):
    return sorted(chunk)

def darts(args):
    seed, n = args
    rng = random.Random(seed)
    return sum(1 for _ in range(n) if rng.random() ** 2 + rng.random() ** 2 <= 1.0)

if __name__ == "__main__":
    rng = random.Random(1)
    data = [rng.randint(0, 10_000) for _ in range(20_000)]
    with mp.Pool(4) as pool:
        chunks = [data[i::4] for i in range(4)]
        merged = list(heapq.merge(*pool.map(sort_chunk, chunks)))
        print(merged == sorted(data), merged[:3], merged[-1])
        hits = pool.map(darts, [(seed, 50_000) for seed in range(4)])
        print("pi ~", round(4 * sum(hits) / 200_000, 2), hits)
