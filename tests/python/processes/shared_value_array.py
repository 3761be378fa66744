# Value, Array, RawValue across processes (SharedArrayBuffer + Atomics in this runtime).
import multiprocessing as mp

def inc(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1

def inc_own(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1

def fill(arr, start):
    for i in range(len(arr)):
        arr[i] = start + i

if __name__ == "__main__":
    counter = mp.Value('i', 0)
    lock = mp.Lock()
    ps = [mp.Process(target=inc, args=(counter, lock, 500)) for _ in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(counter.value)
    c2 = mp.Value('d', 1.5)
    ps = [mp.Process(target=inc_own, args=(c2, 300)) for _ in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(c2.value)
    arr = mp.Array('i', 5)
    p = mp.Process(target=fill, args=(arr, 10)); p.start(); p.join()
    print(arr[:], list(arr), len(arr), arr[-1])
    s = mp.Array('c', b'hello')
    print(s.value, s.raw)
    print(mp.RawValue('b', 3).value, mp.Value('i', 7, lock=False).value)
