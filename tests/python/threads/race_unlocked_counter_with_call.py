# `counter = counter + one()` loses updates: a thread switch can land in the call, between the
# read of counter and the write back. The lesson's race must show up here as it does in CPython.
import threading

counter = 0

def one():
    return 1

def work():
    global counter
    for _ in range(200_000):
        counter = counter + one()

threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print("lost updates:", counter < 800_000)
