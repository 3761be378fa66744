import multiprocessing as mp

def producer(w):
    for i in range(4):
        w.send(i)
    w.close()

if __name__ == "__main__":
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=producer, args=(w,))
    p.start()
    w.close()
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError:
            break
    p.join()
    print(got, "then EOFError")
    print(r.readable, r.writable, w.closed)
    try:
        w.send(1)
    except OSError as e:
        print("OSError:", e)
