import multiprocessing as mp
import time

def spin():
    n = 0
    while True:
        n += 1

p = mp.Process(target=spin)
p.start()
time.sleep(0.5)
p.kill()
p.join()
print("exitcode:", p.exitcode)
