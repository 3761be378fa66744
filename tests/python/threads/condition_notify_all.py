# notify_all() wakes every waiter; each re-acquires the lock in turn.
import threading

cond = threading.Condition()
ready = False
waiting = 0
woken = []

def waiter(i):
    global waiting
    with cond:
        waiting += 1
        cond.notify_all()  # tell main another waiter is in place
        while not ready:
            cond.wait()
        woken.append(i)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads: t.start()
with cond:
    cond.wait_for(lambda: waiting == 5)
    ready = True
    cond.notify_all()
for t in threads: t.join()
print(sorted(woken))
