# target receives args and kwargs; the thread's results come back through shared objects.
import threading

results = {}

def add(a, b, *, scale=1, into):
    into[(a, b)] = (a + b) * scale

t1 = threading.Thread(target=add, args=(1, 2), kwargs={"into": results})
t2 = threading.Thread(target=add, args=(3, 4), kwargs={"scale": 10, "into": results})
t1.start(); t2.start()
t1.join(); t2.join()
print(sorted(results.items()))
