import multiprocessing as mp

def square(i, q):
    q.put((i, i * i))

q = mp.Queue()
for i in range(12):
    p = mp.Process(target=square, args=(i, q))
    p.start()
    p.join()
print(sorted(q.get() for _ in range(12)))
