# A Manager's dict and list shared by worker processes.
# timeout: 60 (each child boots an interpreter; slow on a loaded 2-core machine)
import multiprocessing

def record(shared, log, key):
    shared[key] = key * 10
    log.append(key)

if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        shared = manager.dict()
        log = manager.list()
        procs = [multiprocessing.Process(target=record, args=(shared, log, k)) for k in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(sorted(shared.items()))
        print(sorted(log))
        print(dict(sorted(shared.copy().items())), len(shared))
