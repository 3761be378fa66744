# The child's main module is named __mp_main__, as under spawn; top-level code does not re-run.
import multiprocessing as mp

print("top level runs once")

def where():
    print("child __name__ is not __main__:", __name__ != "__main__")

if __name__ == "__main__":
    p = mp.Process(target=where)
    p.start()
    p.join()
