import multiprocessing as mp
import time

def slow():
    time.sleep(1.5)

p = mp.Process(target=slow)
p.start()
t0 = time.monotonic()
p.join(timeout=0.3)
waited = time.monotonic() - t0
print("alive after timeout:", p.is_alive(), "exitcode:", p.exitcode)
print("waited about 0.3s:", 0.2 < waited < 1.0)
p.join()
print("alive:", p.is_alive(), "exitcode:", p.exitcode)
