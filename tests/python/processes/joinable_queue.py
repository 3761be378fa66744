import multiprocessing as mp

def consumer(q, out):
    while True:
        item = q.get()
        out.put(item + 1)
        q.task_done()

if __name__ == "__main__":
    q, out = mp.JoinableQueue(), mp.Queue()
    c = mp.Process(target=consumer, args=(q, out), daemon=True)
    c.start()
    for i in range(10):
        q.put(i)
    q.join()
    print("all tasks done:", sorted(out.get() for _ in range(10)))
    try:
        for _ in range(1):
            q.task_done()
    except ValueError as e:
        print("ValueError:", e)
