# Top-level code does not re-run in the child. Under fork the child's main module keeps the
# name __main__ (under spawn and forkserver, this runtime names it __mp_main__, as CPython does).
import multiprocessing as mp

print("top level runs once")

def where():
    print("child __name__:", __name__)

if __name__ == "__main__":
    p = mp.get_context("fork").Process(target=where)
    p.start()
    p.join()
