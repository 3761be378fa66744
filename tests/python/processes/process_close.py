import multiprocessing as mp
import time

def short():
    time.sleep(0.3)

p = mp.Process(target=short)
p.start()
try:
    p.close()
except ValueError as e:
    print("ValueError:", e)
p.join()
p.close()
try:
    p.is_alive()
except ValueError as e:
    print("ValueError:", e)
print(repr(p).endswith("closed>"))
