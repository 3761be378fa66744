import multiprocessing as mp

def ping(conn):
    for _ in range(3):
        msg = conn.recv()
        conn.send(msg + " pong")
    conn.close()

parent, child = mp.Pipe()
p = mp.Process(target=ping, args=(child,))
p.start()
for i in range(3):
    parent.send("ping %d" % i)
    print(parent.recv())
p.join()
