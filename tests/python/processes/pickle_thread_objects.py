# Thread objects do not cross process boundaries: pickling a Lock, an RLock, a Condition, a
# queue.Queue or a Thread fails as in CPython, and so does handing a queue.Queue to a Process
# (the classic mistake: multiprocessing.Queue is the one to use).
import copy
import multiprocessing as mp
import pickle
import queue
import threading


def consume(q):
    print(q.get())


def main():
    for make in (threading.Lock, threading.RLock, threading.Condition, threading.Event,
                 threading.Semaphore, queue.Queue, lambda: threading.Thread(target=print)):
        obj = make()
        try:
            pickle.dumps(obj)
            print(type(obj).__name__, "pickled!")
        except TypeError as e:
            print(type(obj).__name__, "TypeError:", e)
    try:
        copy.deepcopy({"lock": threading.Lock()})
    except TypeError as e:
        print("deepcopy TypeError:", e)
    print("copy.copy shares the lock:", copy.copy({"l": threading.Lock()}) is not None)

    # spawn, like 3.14's default (forkserver): a Process's arguments are pickled.
    ctx = mp.get_context("spawn")
    q = queue.Queue()
    q.put("hello")
    p = ctx.Process(target=consume, args=(q,))
    try:
        p.start()
        p.join()
    except TypeError as e:
        print("Process.start TypeError:", e)
    with ctx.Pool(1) as pool:
        try:
            pool.apply(consume, (q,))
        except TypeError as e:
            print("Pool.apply TypeError:", e)


if __name__ == "__main__":
    main()
