# Four processes add to a counter in a SharedMemory block under a multiprocessing.Lock: no update is lost.
from multiprocessing import Lock, Process, shared_memory

def add(name, lock, times):
    block = shared_memory.SharedMemory(name=name)
    for _ in range(times):
        with lock:
            n = int.from_bytes(block.buf[:8], "little")
            block.buf[:8] = (n + 1).to_bytes(8, "little")
    block.close()

if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=8)
    lock = Lock()
    workers = [Process(target=add, args=(block.name, lock, 50)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(int.from_bytes(block.buf[:8], "little"))
    block.close()
    block.unlink()
