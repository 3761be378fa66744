# A Pipe's write end given to a child that is killed before it writes (or even runs): once the
# parent closes its own copy, the reader gets EOFError, as the child's fd closed with it.
import multiprocessing as mp
import time

def never_writes(w):
    time.sleep(30)

if __name__ == "__main__":
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=never_writes, args=(w,))
    p.start()
    p.kill()              # possibly before it ever unpickled its arguments
    p.join()
    w.close()
    try:
        print(r.poll(5), end=" ")
        r.recv()
    except EOFError:
        print("EOFError: the last writer is gone; exitcode", p.exitcode)

    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=never_writes, args=(w,))
    p.start()
    time.sleep(0.5)       # it runs, holding the write end
    w.close()
    print("while it lives:", r.poll(0.2))
    p.terminate()
    p.join()
    print("after it ends:", r.poll(5), "exitcode", p.exitcode)
