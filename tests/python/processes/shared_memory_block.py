# multiprocessing.shared_memory: a child writes into a block by name, or into one shipped to it; the parent reads after join.
import errno
from multiprocessing import Process, shared_memory

def fill(name, value):
    block = shared_memory.SharedMemory(name=name)
    block.buf[:4] = bytes([value] * 4)
    block.buf[4:9] = b"hello"
    block.close()

def shout(block):
    block.buf[4:9] = bytes(block.buf[4:9]).upper()
    block.close()

if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=16)
    print(block.size, len(block.buf), bytes(block.buf[:4]))
    p = Process(target=fill, args=(block.name, 7))
    p.start()
    p.join()
    print(bytes(block.buf[:9]))
    p = Process(target=shout, args=(block,))
    p.start()
    p.join()
    print(bytes(block.buf[:9]), p.exitcode)

    again = shared_memory.SharedMemory(name=block.name)   # a second view in the same process
    again.buf[0] = 99
    print(block.buf[0], again.size)
    again.close()

    try:
        shared_memory.SharedMemory(name=block.name, create=True, size=8)
    except FileExistsError as e:
        print("FileExistsError", e.errno == errno.EEXIST)
    block.close()
    block.unlink()
    try:
        shared_memory.SharedMemory(name=block.name)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno == errno.ENOENT)
    for bad in ({"size": -1, "create": True}, {"size": 0, "create": True}, {}):
        try:
            shared_memory.SharedMemory(**bad)
        except ValueError as e:
            print("ValueError:", e)
