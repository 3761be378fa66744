# notify(n) wakes at most n waiters; the rest keep waiting.
import threading
import time

cond = threading.Condition()
waiting = 0
woken = []

def waiter(i):
    global waiting
    with cond:
        waiting += 1
        cond.wait()
        woken.append(i)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads: t.start()
while True:
    with cond:
        if waiting == 4:
            break
    time.sleep(0.01)
with cond:
    cond.notify(2)
time.sleep(0.2)
print("woken after notify(2):", len(woken))
with cond:
    cond.notify()
time.sleep(0.2)
print("woken after notify():", len(woken))
with cond:
    cond.notify_all()
for t in threads: t.join()
print("woken after notify_all():", len(woken))
