# expect: deadlock
# Challenge 9 run: two threads take two locks in opposite orders (CPython hangs; the runtime reports it).
import threading
import time

lock1 = threading.Lock()
lock2 = threading.Lock()

def task1():
    with lock1:
        time.sleep(0.1)  # let task2 take lock2 meanwhile
        with lock2:
            pass

def task2():
    with lock2:
        time.sleep(0.1)  # let task1 take lock1 meanwhile
        with lock1:
            pass

t1 = threading.Thread(target=task1, name="task1")
t2 = threading.Thread(target=task2, name="task2")
t1.start(); t2.start()
print("Both threads started; each will wait for the lock the other holds.")
t1.join(); t2.join()
print("Not reached: the threads never finish.")
