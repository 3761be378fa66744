# ShareableList: a child changes items of a list that lives in shared memory; the parent sees them.
from multiprocessing import Process
from multiprocessing.shared_memory import ShareableList

def double(name):
    items = ShareableList(name=name)
    for i in range(len(items)):
        if isinstance(items[i], int):
            items[i] *= 2
    items[2] = "HI"
    items.shm.close()

if __name__ == "__main__":
    items = ShareableList([1, 2.5, "hi", None, True, b"raw", 21])
    print(list(items), items.format)
    p = Process(target=double, args=(items.shm.name,))
    p.start()
    p.join()
    print(list(items), items.count(2), items.index("HI"))
    items.shm.close()
    items.shm.unlink()
