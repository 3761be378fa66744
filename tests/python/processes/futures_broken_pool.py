# A worker that dies abruptly breaks the pool, as in CPython.
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
import os

def die():
    os._exit(1)

if __name__ == "__main__":
    with ProcessPoolExecutor(1) as ex:
        try:
            ex.submit(die).result()
        except BrokenProcessPool as e:
            print("BrokenProcessPool")
    with ProcessPoolExecutor(1) as ex:
        print("a new pool works:", ex.submit(abs, -3).result())
