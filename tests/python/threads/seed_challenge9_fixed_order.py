import threading
import time

lock1 = threading.Lock()
lock2 = threading.Lock()
finished = []

def task1():
    with lock1:
        time.sleep(0.1)
        with lock2:
            finished.append("task1")

def task2():
    with lock1:  # same order as task1: lock1, then lock2
        time.sleep(0.1)
        with lock2:
            finished.append("task2")

t1 = threading.Thread(target=task1, name="task1")
t2 = threading.Thread(target=task2, name="task2")
t1.start(); t2.start()
t1.join(); t2.join()
print("Finished:", sorted(finished))
assert sorted(finished) == ["task1", "task2"]
