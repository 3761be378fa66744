# The iter(q.get, sentinel) idiom: a producer thread feeds a queue; the consumer iterates it
# like a generator until the sentinel, through a generator pipeline.
import queue
import threading

q = queue.Queue(maxsize=3)
DONE = object()

def producer():
    for word in "the quick brown fox jumps over the lazy dog".split():
        q.put(word)
    q.put(DONE)

threading.Thread(target=producer).start()
words = iter(q.get, DONE)
lengths = (len(w) for w in words)
long_ones = (n for n in lengths if n > 3)
print(sum(long_ones), q.qsize())
