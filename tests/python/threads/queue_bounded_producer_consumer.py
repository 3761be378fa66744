# A producer faster than its consumer blocks on a full queue; nothing is lost or reordered.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
max_seen = 0
received = []

def producer():
    for i in range(10):
        q.put(i)
    q.put(None)

def consumer():
    global max_seen
    while True:
        max_seen = max(max_seen, q.qsize())
        item = q.get()
        if item is None:
            return
        time.sleep(0.005)
        received.append(item)

threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads: t.start()
for t in threads: t.join()
print(received)
print("never above maxsize:", max_seen <= 2)
