# Messages from a few bytes to several megabytes, through a Queue and a Pipe, arrive whole and
# in order; the pipe's reader gets EOFError after the last one once the writer is closed.
import multiprocessing as mp

SIZES = [0, 1, 1000, 300_000, 3_000_000, 5, 2_500_000, 17]

def blob(i, n):
    return bytes([i % 251]) * n

def send_all(q, conn):
    for i, n in enumerate(SIZES):
        q.put(blob(i, n))
        conn.send_bytes(blob(i + 1, n))
    conn.close()

if __name__ == "__main__":
    q = mp.Queue()
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=send_all, args=(q, w))
    p.start()
    w.close()
    for i, n in enumerate(SIZES):
        a = q.get()
        b = r.recv_bytes()
        print(n, len(a) == n and a == blob(i, n), len(b) == n and b == blob(i + 1, n))
    try:
        r.recv_bytes()
    except EOFError:
        print("EOFError after the last message")
    p.join()
    print("exit", p.exitcode)
