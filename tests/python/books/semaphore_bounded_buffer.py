# Classic bounded buffer: "empty" and "full" counting semaphores plus a mutex.
import threading
import collections

SIZE = 4
buffer = collections.deque()
empty = threading.Semaphore(SIZE)
full = threading.Semaphore(0)
mutex = threading.Lock()
max_len = 0
received = []

def producer(start, count):
    global max_len
    for i in range(start, start + count):
        empty.acquire()
        with mutex:
            buffer.append(i)
            max_len = max(max_len, len(buffer))
        full.release()

def consumer(count):
    for _ in range(count):
        full.acquire()
        with mutex:
            item = buffer.popleft()
        empty.release()
        received.append(item)

threads = [threading.Thread(target=producer, args=(0, 30)), threading.Thread(target=producer, args=(100, 30)),
           threading.Thread(target=consumer, args=(20,)), threading.Thread(target=consumer, args=(40,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("received:", len(received), sorted(received) == list(range(30)) + list(range(100, 130)))
print("buffer never exceeded size:", max_len <= SIZE)
print("buffer empty at end:", len(buffer) == 0)
bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
print("non-blocking acquire on zero:", threading.Semaphore(0).acquire(blocking=False))
print("timed acquire:", threading.Semaphore(0).acquire(timeout=0.05))
