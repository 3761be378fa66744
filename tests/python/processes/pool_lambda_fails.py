# As in CPython, a lambda cannot be pickled for a pool task.
from multiprocessing import Pool
import pickle

with Pool(1) as pool:
    try:
        pool.map(lambda x: x, [1, 2])
    except (pickle.PicklingError, AttributeError) as e:
        print("cannot pickle the lambda:", type(e).__name__)
    print(pool.map(abs, [-1, -2]))
