# Challenge 5: Pool.map of squares.
from multiprocessing import Pool

def square(x): return x * x

with Pool(4) as p:
    results = p.map(square, range(5))

assert results == [0, 1, 4, 9, 16]
print(results)
