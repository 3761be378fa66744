# timeout: 60
# (a Manager and its processes each boot a worker: seconds each on 2 loaded cores)
# A Manager's less common types shared with processes: Value, Array, Event, Semaphore,
# Condition and Barrier proxies (the docs' list of SyncManager types).
import multiprocessing as mp

def work(n, value, array, lock, event, sem, barrier):
    barrier.wait()                      # all start together
    with sem:                           # at most two at a time in here
        with lock:
            value.value += n
            array[n] = n * n
    if n == 0:
        event.set()

def waiter(cond, box, out):
    with cond:
        cond.wait_for(lambda: box.get("ready"))
        out.append(box["ready"])

if __name__ == "__main__":
    with mp.Manager() as m:
        value, array = m.Value("i", 0), m.Array("i", [0] * 4)
        lock, event, sem, barrier = m.Lock(), m.Event(), m.Semaphore(2), m.Barrier(4)
        ps = [mp.Process(target=work, args=(n, value, array, lock, event, sem, barrier)) for n in range(4)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(value.value, list(array), event.is_set(), [p.exitcode for p in ps])

        cond, box, out = m.Condition(), m.dict(), m.list()
        p = mp.Process(target=waiter, args=(cond, box, out))
        p.start()
        with cond:
            box["ready"] = "go"
            cond.notify_all()
        p.join()
        print(list(out), p.exitcode)
        print(type(value).__name__, type(event).__name__, type(barrier).__name__)
