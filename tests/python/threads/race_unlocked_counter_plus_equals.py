# `counter += 1` on a global in a loop loses no updates under CPython's GIL: a switch only happens
# at a backward jump or a call, never between the load and the store. The runtime must match.
import threading

counter = 0

def work():
    global counter
    for _ in range(200_000):
        counter += 1

threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print("exact without a lock:", counter == 800_000)
