import multiprocessing as mp
from multiprocessing.connection import wait
import time

def speak(conn, delay, word):
    time.sleep(delay)
    conn.send(word)
    conn.close()

if __name__ == "__main__":
    readers, procs = [], []
    for delay, word in ((0.6, "slow"), (0.1, "fast")):
        r, w = mp.Pipe(duplex=False)
        p = mp.Process(target=speak, args=(w, delay, word))
        p.start()
        w.close()
        readers.append(r)
        procs.append(p)
    order = []
    while readers:
        for r in wait(readers):
            try:
                order.append(r.recv())
            except EOFError:
                readers.remove(r)
    print(order)
    print(wait([p.sentinel for p in procs], timeout=5) != [])
    for p in procs:
        p.join()
