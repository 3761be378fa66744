# wait_for() returns the predicate's value: true once it holds, false when the timeout expires.
import threading
import time

cond = threading.Condition()
state = {"count": 0}

def bump():
    for _ in range(3):
        time.sleep(0.02)
        with cond:
            state["count"] += 1
            cond.notify_all()

t = threading.Thread(target=bump)
t.start()
with cond:
    print("reached 3:", cond.wait_for(lambda: state["count"] >= 3, timeout=5))
t.join()
start = time.monotonic()
with cond:
    result = cond.wait_for(lambda: state["count"] >= 10, timeout=0.1)
print("gave up:", result)
print("after the timeout:", time.monotonic() - start >= 0.09)
with cond:
    print("already true returns at once:", cond.wait_for(lambda: state["count"] == 3, timeout=0))
