# Event: waiters block until set(); clear() resets it; wait() returns the flag.
import threading

event = threading.Event()
log = []

def waiter(i):
    event.wait()
    log.append(i)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads: t.start()
print("set before:", event.is_set(), "woken:", len(log))
event.set()
for t in threads: t.join()
print("set:", event.is_set(), "woken:", sorted(log))
print("wait on a set event:", event.wait())
event.clear()
print("after clear:", event.is_set())
