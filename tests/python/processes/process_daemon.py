import multiprocessing as mp
import time

def child():
    print("daemon:", mp.current_process().daemon)

def spawner():
    try:
        mp.Process(target=child).start()
    except AssertionError as e:
        print("AssertionError:", e)

p = mp.Process(target=child, daemon=True)
p.start()
p.join()
q = mp.Process(target=spawner)
q.daemon = True
q.start()
q.join()
print("daemon attr:", q.daemon)
