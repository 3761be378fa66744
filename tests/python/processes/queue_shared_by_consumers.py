# One consumer takes a few items from a Queue and then waits; others started later take the
# rest: every item is taken exactly once, in order per consumer, and qsize() counts what is left
# (none is held back by the consumer that came first).
import multiprocessing as mp

N = 100

def first_consumer(q, out, took, go):
    got = [q.get() for _ in range(10)]
    took.set()
    go.wait()
    while (item := q.get()) is not None:
        got.append(item)
    out.put(("first", got))

def late_consumer(q, out):
    got = []
    while (item := q.get()) is not None:
        got.append(item)
    out.put(("late", got))

if __name__ == "__main__":
    q, out = mp.Queue(), mp.Queue()
    took, go = mp.Event(), mp.Event()
    for i in range(N):
        q.put(i)
    first = mp.Process(target=first_consumer, args=(q, out, took, go))
    first.start()
    took.wait()
    print("left after the first took 10:", q.qsize(), "empty:", q.empty())
    late = [mp.Process(target=late_consumer, args=(q, out)) for _ in range(2)]
    for p in late:
        p.start()
    q.put(None)
    q.put(None)
    results = dict.fromkeys(["first", "late"], [])
    for _ in late:
        name, got = out.get()
        results["late"] = results["late"] + got
    print("late consumers got:", sorted(results["late"]) == list(range(10, N)))
    print("left:", q.qsize())
    go.set()
    q.put(None)
    name, got = out.get()
    print(name, "got", got)
    for p in [first, *late]:
        p.join()
    print("exit codes", [p.exitcode for p in [first, *late]])
