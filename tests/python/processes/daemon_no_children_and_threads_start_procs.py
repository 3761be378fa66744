# Two mixes tutorials warn about: a Pool worker (a daemon process) may not start children, and
# processes started from several threads at once all run and report back.
import multiprocessing as mp
import threading

def square(x):
    return x * x

def inner_pool(_):
    try:
        with mp.Pool(2) as p:
            return p.map(square, [1, 2])
    except AssertionError as e:
        return "AssertionError: %s" % e

def start_from_thread(q, i, results):
    p = mp.Process(target=q.put, args=(i * i,))
    p.start()
    p.join()
    results.append(p.exitcode)

if __name__ == "__main__":
    with mp.Pool(1) as pool:
        print(pool.map(inner_pool, [0]))
    q = mp.Queue()
    results = []
    ts = [threading.Thread(target=start_from_thread, args=(q, i, results)) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sorted(q.get() for _ in ts), results)
