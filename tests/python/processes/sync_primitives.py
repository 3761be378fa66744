# timeout: 60
# Event, Barrier, Condition, Semaphore, RLock, Lock, BoundedSemaphore shared by processes.
import multiprocessing as mp
import time

def waiter(ev, q):
    ev.wait()
    q.put("event seen")

def barrier_party(b, q, i):
    n = b.wait()
    q.put(("passed", n >= 0))

def cond_consumer(cond, items, q):
    with cond:
        cond.wait_for(lambda: items.value > 0)
        q.put(("consumed", items.value))

def sem_user(sem, active, peak, lock):
    with sem:
        with lock:
            active.value += 1
            peak.value = max(peak.value, active.value)
        time.sleep(0.2)
        with lock:
            active.value -= 1

if __name__ == "__main__":
    q = mp.Queue()
    ev = mp.Event()
    p = mp.Process(target=waiter, args=(ev, q)); p.start()
    time.sleep(0.2); print("is_set:", ev.is_set()); ev.set(); print(q.get()); p.join()

    b = mp.Barrier(3)
    ps = [mp.Process(target=barrier_party, args=(b, q, i)) for i in range(2)]
    for x in ps: x.start()
    b.wait()
    for x in ps: x.join()
    print(sorted(q.get() for _ in ps))

    cond = mp.Condition(); items = mp.Value('i', 0)
    p = mp.Process(target=cond_consumer, args=(cond, items, q)); p.start()
    time.sleep(0.2)
    with cond:
        items.value = 5
        cond.notify()
    print(q.get()); p.join()

    sem = mp.Semaphore(2); active = mp.Value('i', 0, lock=False); peak = mp.Value('i', 0, lock=False); lock = mp.Lock()
    ps = [mp.Process(target=sem_user, args=(sem, active, peak, lock)) for _ in range(4)]
    for x in ps: x.start()
    for x in ps: x.join()
    print("at most 2 at once:", 1 <= peak.value <= 2)

    r = mp.RLock()
    with r:
        with r:
            print("rlock reentrant")
    l = mp.Lock()
    print(l.acquire(), l.acquire(False), l.acquire(timeout=0.1))
    l.release()
    bs = mp.BoundedSemaphore(1)
    bs.acquire(); bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
