# wait(timeout) returns False when nobody notifies, True when notified in time.
import threading
import time

cond = threading.Condition()
with cond:
    start = time.monotonic()
    print("timed out:", cond.wait(0.1))
    print("waited:", time.monotonic() - start >= 0.09)

def notifier():
    time.sleep(0.05)
    with cond:
        cond.notify()

t = threading.Thread(target=notifier)
with cond:
    t.start()
    print("notified:", cond.wait(5))
t.join()
