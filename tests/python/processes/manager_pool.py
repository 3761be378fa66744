# timeout: 60
# timeout: 60
# A Manager's dict shared with Pool workers through proxies.
from multiprocessing import Manager, Pool

def record(args):
    shared, key = args
    shared[key] = len(key)
    return key.upper()

if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict()
        with Pool(2) as pool:
            print(pool.map(record, [(shared, k) for k in ("a", "bb", "ccc")]))
        print(sorted(shared.items()))
