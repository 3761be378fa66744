# expect: deadlock
# A consumer waits for an item nobody will put, and main joins it: every thread is blocked.
import queue
import threading

q = queue.Queue()
t = threading.Thread(target=q.get, name="consumer")
t.start()
print("joining the consumer")
t.join()
