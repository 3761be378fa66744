# A shared multiprocessing.Value incremented by several processes, with and without its lock.
# timeout: 60 (each child boots an interpreter; slow on a loaded 2-core machine)
import multiprocessing

def safe_increment(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1

def add_to_array(arr, lock, idx):
    with lock:
        for i in range(len(arr)):
            arr[i] += idx

if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    procs = [multiprocessing.Process(target=safe_increment, args=(counter, 200)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("counter:", counter.value)
    arr = multiprocessing.Array("d", [0.0] * 4)
    lock = multiprocessing.Lock()
    procs = [multiprocessing.Process(target=add_to_array, args=(arr, lock, i)) for i in range(1, 4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("array:", arr[:])
    raw = multiprocessing.Value("d", 1.5, lock=False)
    print("raw value:", raw.value, hasattr(raw, "get_lock"))
