# A 1 MB message through a multiprocessing.Queue, and a Barrier across processes whose action
# runs once per generation.
import multiprocessing as mp

def big(q):
    q.put(bytes(range(256)) * 4096)

def party(barrier, q, i):
    gen = barrier.wait()
    q.put((i, gen >= 0))

def announce():
    print("all parties arrived", flush=True)

if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=big, args=(q,))
    p.start()
    data = q.get()
    p.join()
    print(len(data), data[:4], data[-2:])

    barrier = mp.Barrier(3, action=announce)
    ps = [mp.Process(target=party, args=(barrier, q, i)) for i in range(3)]
    for p in ps:
        p.start()
    got = sorted(q.get() for _ in ps)
    for p in ps:
        p.join()
    print(got, [p.exitcode for p in ps])
