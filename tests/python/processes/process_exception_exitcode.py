# A target that raises: the traceback goes to the child's stderr, exit code 1.
import multiprocessing as mp

def boom():
    raise ValueError("bad value in child")

p = mp.Process(target=boom)
p.start()
p.join()
print("exitcode", p.exitcode)
