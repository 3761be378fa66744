# requires: 3.13
# Queue.shutdown(): blocked getters wake with ShutDown once the queue is empty; put is refused.
import queue
import threading
import time

q = queue.Queue()
q.put("left over")
results = []

def getter():
    while True:
        try:
            results.append(q.get())
            q.task_done()
        except queue.ShutDown:
            results.append("ShutDown")
            return

t = threading.Thread(target=getter)
t.start()
time.sleep(0.05)  # the getter has drained the queue and is blocked in get()
q.shutdown()
t.join()
print(results)
try:
    q.put("too late")
except queue.ShutDown:
    print("put after shutdown: ShutDown")
q.join()
print("join returns")
