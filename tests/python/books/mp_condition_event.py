# multiprocessing Condition and Event across processes: a stage gate, as in PyMOTW.
import multiprocessing as mp
import time

def stage_1(cond):
    name = mp.current_process().name
    print("Starting", name, flush=True)
    with cond:
        print(name, "done and ready for stage 2", flush=True)
        cond.notify_all()

def stage_2(cond, ready):
    name = mp.current_process().name
    with cond:
        ready.set()
        cond.wait()
        print(name, "running", flush=True)

if __name__ == "__main__":
    cond = mp.Condition()
    readies = [mp.Event()]
    s1 = mp.Process(name="s1", target=stage_1, args=(cond,))
    s2 = [mp.Process(name="stage_2[%d]" % i, target=stage_2, args=(cond, readies[i])) for i in range(1)]
    for c in s2:
        c.start()
    for e in readies:
        e.wait()
    time.sleep(0.2)
    s1.start()
    s1.join()
    for c in s2:
        c.join()
    print("exitcodes", s1.exitcode, [c.exitcode for c in s2])
