# The child sees module globals as they were at start(); its changes stay its own.
import multiprocessing as mp

CONFIG = {"mode": "initial"}
counter = 0

def show(q):
    global counter
    counter += 100
    q.put((CONFIG["mode"], counter, helper(2)))

def helper(x):
    return x * FACTOR

FACTOR = 21

if __name__ == "__main__":
    CONFIG["mode"] = "changed before start"
    q = mp.Queue()
    p = mp.Process(target=show, args=(q,))
    p.start()
    p.join()
    print(q.get())
    print("parent counter still", counter)
