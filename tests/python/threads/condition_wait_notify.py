# A consumer waits on a Condition until the producer changes the state and notifies.
import threading

cond = threading.Condition()
items = []
log = []

def consumer():
    with cond:
        while not items:
            cond.wait()
        log.append(f"consumed {items.pop()}")

t = threading.Thread(target=consumer)
t.start()
with cond:
    items.append("x")
    log.append("produced x")
    cond.notify()
t.join()
print(log)
