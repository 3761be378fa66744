from concurrent.futures import ProcessPoolExecutor
import pickle

if __name__ == "__main__":
    with ProcessPoolExecutor(1) as ex:
        fut = ex.submit(lambda: 1)
        exc = fut.exception()
        print("cannot pickle:", isinstance(exc, (pickle.PicklingError, AttributeError)))
        print(ex.submit(abs, -5).result())
