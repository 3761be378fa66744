# Shared ctypes arrays: Array('c') as a shared string buffer, RawArray of doubles filled by
# several processes (each its own slice, no lock needed), and Array('i') with get_lock().
import multiprocessing as mp
from multiprocessing.sharedctypes import RawArray

def fill(buf, lo, hi):
    for i in range(lo, hi):
        buf[i] = i * 0.5

def shout(chars):
    chars.value = chars.value.upper() + b"!"

def bump(arr):
    for _ in range(200):
        with arr.get_lock():
            for i in range(len(arr)):
                arr[i] += 1

if __name__ == "__main__":
    raw = RawArray("d", 10)
    ps = [mp.Process(target=fill, args=(raw, lo, lo + 5)) for lo in (0, 5)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(list(raw))

    chars = mp.Array("c", 16)
    chars.value = b"hello world"
    p = mp.Process(target=shout, args=(chars,)); p.start(); p.join()
    print(chars.value, len(chars))

    arr = mp.Array("i", 4)
    ps = [mp.Process(target=bump, args=(arr,)) for _ in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(arr[:], type(arr[:]).__name__)
