import multiprocessing as mp

def produce(q):
    for item in [1, "two", 3.0, (4,), [5], {"six": 6}, None, b"eight"]:
        q.put(item)

q = mp.Queue()
p = mp.Process(target=produce, args=(q,))
p.start()
print([q.get() for _ in range(8)])
p.join()
