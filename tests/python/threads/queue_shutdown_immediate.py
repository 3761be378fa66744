# requires: 3.13
# shutdown(immediate=True) drops the queued items, wakes join(), and get raises ShutDown at once.
import queue
import threading

q = queue.Queue()
for i in range(3):
    q.put(i)
joined = []
t = threading.Thread(target=lambda: (q.join(), joined.append("join returned")))
t.start()
q.shutdown(immediate=True)
t.join()
print(joined, "size:", q.qsize())
try:
    q.get()
except queue.ShutDown:
    print("get: ShutDown")
try:
    q.put_nowait(9)
except queue.ShutDown:
    print("put: ShutDown")
lq = queue.LifoQueue()
lq.put("a")
lq.shutdown()
print("non-immediate keeps items for get:", lq.get())
try:
    lq.get(timeout=1)
except queue.ShutDown:
    print("then ShutDown")
