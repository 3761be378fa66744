# The Overview's example: a Process printing from its target.
import multiprocessing
def worker():
    print('Process is running')
p = multiprocessing.Process(target=worker)
p.start()
p.join()
