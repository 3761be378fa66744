import multiprocessing as mp
import time

def nap(t):
    time.sleep(t)

ps = [mp.Process(target=nap, args=(0.6,), name="napper-%d" % i) for i in range(2)]
for p in ps:
    p.start()
print(sorted(p.name for p in mp.active_children()))
for p in ps:
    p.join()
print(mp.active_children())
