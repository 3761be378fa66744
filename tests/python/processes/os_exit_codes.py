# os._exit(n) ends a process at once with status n: no finally, no atexit, yet what it printed
# (flushed) and the files it wrote stay; the parent sees exitcode n, and a pool worker that
# exits this way breaks its pool.
import atexit
import multiprocessing as mp
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def leave(code, path=None):
    atexit.register(print, "atexit ran (it should not)")
    if path:
        with open(path, "w") as f:
            f.write("written before os._exit")
    print("child", code, "leaving", flush=True)
    try:
        os._exit(code)
    finally:
        print("finally ran (it should not)")


def bad_status():
    try:
        os._exit("three")
    except TypeError as e:
        print("TypeError:", e)


if __name__ == "__main__":
    path = os.path.join(tempfile.mkdtemp(), "note.txt")
    for code, where in [(3, None), (0, path)]:
        p = mp.Process(target=leave, args=(code, where))
        p.start()
        p.join()
        print("exitcode", p.exitcode)
    with open(path) as f:
        print("file:", f.read())
    p = mp.Process(target=bad_status)
    p.start()
    p.join()
    print("bad status exitcode", p.exitcode)
    with ProcessPoolExecutor(1) as ex:
        try:
            ex.submit(leave, 7).result()
        except BrokenProcessPool:
            print("BrokenProcessPool")
