import multiprocessing as mp
import array

def sender(conn):
    conn.send_bytes(b"hello world", 6)
    conn.send_bytes(array.array("i", [1, 2, 3]))
    conn.send({"k": [1, 2]})

a, b = mp.Pipe()
print(a.poll(), a.poll(0.1))
p = mp.Process(target=sender, args=(b,))
p.start()
print(a.poll(5))
print(a.recv_bytes())
buf = array.array("i", [0, 0, 0, 0])
print(a.recv_bytes_into(buf), buf.tolist())
print(a.recv())
p.join()
try:
    a.send_bytes(b"x", 5)
except ValueError as e:
    print("ValueError:", e)
