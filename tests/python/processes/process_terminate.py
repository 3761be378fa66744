import multiprocessing as mp
import time

def forever():
    while True:
        time.sleep(0.05)

p = mp.Process(target=forever)
p.start()
time.sleep(0.5)
print("alive:", p.is_alive())
p.terminate()
p.join()
print("alive:", p.is_alive(), "exitcode:", p.exitcode)
