import multiprocessing as mp

def work(q, tag):
    q.put(tag)

if __name__ == "__main__":
    for method in ("spawn", "fork", "forkserver"):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        p = ctx.Process(target=work, args=(q, method))
        p.start()
        print(q.get())
        p.join()
