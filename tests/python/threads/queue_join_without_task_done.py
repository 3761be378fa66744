# expect: deadlock
# queue.Queue.join() waits for a task_done() per item: a consumer that forgets it leaves join()
# waiting forever once the consumer itself blocks on an empty queue.
import queue
import threading

q = queue.Queue()

def consumer():
    while True:
        item = q.get()
        print("got", item)          # no q.task_done()

threading.Thread(target=consumer, daemon=True).start()
for i in range(3):
    q.put(i)
q.join()
print("never printed")
