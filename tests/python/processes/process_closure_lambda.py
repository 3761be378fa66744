# Closures, lambdas and nested functions reach the child as fork makes them available.
import multiprocessing as mp

def make_adder(n):
    def add(x, q):
        q.put(x + n)
    return add

if __name__ == "__main__":
    q = mp.Queue()
    ps = [mp.Process(target=make_adder(10), args=(5, q)),
          mp.Process(target=lambda q: q.put("from a lambda"), args=(q,))]
    for p in ps:
        p.start()
        p.join()
    print(q.get(), q.get())
