# normalize: sorted-chars (when the producer prints depends on scheduling; two processes can merge lines)
import multiprocessing as mp
import time

def producer(q):
    for i in range(6):
        q.put(i)
    print("producer done")

q = mp.Queue(maxsize=2)
p = mp.Process(target=producer, args=(q,))
p.start()
time.sleep(0.5)
print("size while producer waits:", q.qsize())
print([q.get() for _ in range(6)])
p.join()
