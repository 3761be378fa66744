from multiprocessing import Pool
import time

def nap(x):
    time.sleep(0.1)
    return x

pool = Pool(2)
r = pool.map_async(nap, range(4))
pool.close()
try:
    pool.apply(nap, (1,))
except ValueError as e:
    print("ValueError:", e)
pool.join()
print(r.get())
pool2 = Pool(2)
pool2.terminate()
pool2.join()
try:
    pool2.map(nap, [1])
except ValueError as e:
    print("ValueError:", e)
