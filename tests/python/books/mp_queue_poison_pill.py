# multiprocessing.Queue feeding worker processes that stop on a poison pill (None).
# timeout: 60 (each child boots an interpreter; slow on a loaded 2-core machine)
import multiprocessing

def worker(tasks, results):
    while True:
        item = tasks.get()
        if item is None:
            results.put(("done", multiprocessing.current_process().name))
            break
        results.put(("result", item, sum(range(item))))

if __name__ == "__main__":
    tasks = multiprocessing.Queue()
    results = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=worker, args=(tasks, results), name=f"Worker-{i}") for i in range(3)]
    for p in procs:
        p.start()
    for n in range(10, 20):
        tasks.put(n)
    for _ in procs:
        tasks.put(None)
    out, done = [], []
    while len(done) < len(procs):
        msg = results.get(timeout=20)
        if msg[0] == "done":
            done.append(msg[1])
        else:
            out.append(msg[1:])
    for p in procs:
        p.join()
    print(sorted(out))
    print(sorted(done))
    print("exit codes:", [p.exitcode for p in procs])
