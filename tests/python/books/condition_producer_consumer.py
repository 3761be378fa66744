# Producer-consumer over a shared list guarded by a threading.Condition (wait_for + notify).
import threading

items = []
cond = threading.Condition()
consumed = []
DONE = object()

def producer(n):
    for i in range(n):
        with cond:
            items.append(i)
            cond.notify()
    with cond:
        items.append(DONE)
        cond.notify_all()

def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: items)
            item = items[0]
            if item is DONE:
                return          # leave the sentinel for the other consumers
            items.pop(0)
        consumed.append(item)

consumers = [threading.Thread(target=consumer, name=f"consumer-{i}") for i in range(3)]
for c in consumers:
    c.start()
p = threading.Thread(target=producer, args=(50,))
p.start()
p.join()
for c in consumers:
    c.join()
print(len(consumed), sorted(consumed) == list(range(50)))
print("alive:", [c.is_alive() for c in consumers])
