# A writer that ends without close(): its end closes with it, the reader sees EOF.
import multiprocessing as mp

def write_then_exit(w):
    w.send("last words")

if __name__ == "__main__":
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=write_then_exit, args=(w,))
    p.start()
    w.close()
    print(r.recv())
    try:
        r.recv()
    except EOFError:
        print("EOFError")
    p.join()
