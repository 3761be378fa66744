import multiprocessing as mp

def nothing():
    pass

p = mp.Process(target=nothing)
try:
    p.join()
except AssertionError as e:
    print("join before start:", e)
p.start()
try:
    p.start()
except AssertionError as e:
    print("start twice:", e)
p.join()
