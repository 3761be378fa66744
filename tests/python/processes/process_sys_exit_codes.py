import multiprocessing as mp
import sys

def exit_with(code):
    sys.exit(code)

for code in (0, 3, None, "message"):
    p = mp.Process(target=exit_with, args=(code,))
    p.start()
    p.join()
    print(repr(code), "->", p.exitcode)
