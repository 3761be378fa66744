import multiprocessing as mp
import sys

def both():
    print("to stdout")
    print("to stderr", file=sys.stderr)

p = mp.Process(target=both)
p.start()
p.join()
print("done", p.exitcode)
