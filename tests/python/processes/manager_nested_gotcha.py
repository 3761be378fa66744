# The Manager gotcha tutorials warn about: mutating a list inside a managed dict does not reach
# the manager; reassigning the key does. Also a managed dict of counters updated under a Lock.
import multiprocessing as mp

def bad_append(d):
    d["items"].append("lost")        # appends to a local copy

def good_append(d):
    items = d["items"]
    items.append("kept")
    d["items"] = items               # reassign: the manager sees it

def count(d, lock, key, n):
    for _ in range(n):
        with lock:
            d[key] = d.get(key, 0) + 1

if __name__ == "__main__":
    with mp.Manager() as manager:
        d = manager.dict({"items": []})
        for target in (bad_append, good_append):
            p = mp.Process(target=target, args=(d,))
            p.start()
            p.join()
        print(d["items"])

        counts = manager.dict()
        lock = manager.Lock()
        ps = [mp.Process(target=count, args=(counts, lock, k, 50)) for k in ("a", "b", "a")]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(counts.items()))
        nested = manager.list([manager.dict(x=1)])
        nested[0]["x"] = 2                # a proxy inside a proxy: shared
        print(nested[0]["x"], type(nested[0]).__name__)
