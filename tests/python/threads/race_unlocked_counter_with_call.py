# `counter = counter + one()` loses updates: a thread switch can land in the call, between the
# read of counter and the write back. The lesson's race must show up here as it does in CPython.
import sys
import threading

# A short switch interval: many switches, so the race shows in every run (at CPython's 5 ms
# a run of 200k calls per thread sometimes had no switch inside the call, about 1 in 8).
sys.setswitchinterval(1e-5)
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
