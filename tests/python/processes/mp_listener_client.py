# multiprocessing.connection's Listener and Client: a child process serves requests on an
# address with an authkey; the parent connects, sends objects, gets replies, then says close.
import multiprocessing as mp
from multiprocessing.connection import Listener, Client

ADDRESS = ("localhost", 6123)

def server(ready):
    with Listener(ADDRESS, authkey=b"secret") as listener:
        ready.set()
        with listener.accept() as conn:
            while True:
                msg = conn.recv()
                if msg == "close":
                    break
                conn.send(("echo", msg))

if __name__ == "__main__":
    ready = mp.Event()
    p = mp.Process(target=server, args=(ready,))
    p.start()
    ready.wait()
    with Client(ADDRESS, authkey=b"secret") as conn:
        for obj in (1, [2, 3], {"k": "v"}):
            conn.send(obj)
            print(conn.recv())
        conn.send("close")
    p.join()
    print("server exit code", p.exitcode)
