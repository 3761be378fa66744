# (CPython warns a queue may be unusable after terminating its reader: only the exit is checked.)
import multiprocessing as mp
import time

def wait_forever(q):
    q.get()

q = mp.Queue()
p = mp.Process(target=wait_forever, args=(q,))
p.start()
time.sleep(0.3)
p.terminate()
p.join(5)
print("exitcode:", p.exitcode)
