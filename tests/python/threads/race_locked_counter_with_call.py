# The same read-call-write as race_unlocked_counter_with_call, under a lock: exact.
import threading

counter = 0
lock = threading.Lock()

def one():
    return 1

def work():
    global counter
    for _ in range(50_000):
        with lock:
            counter = counter + one()

threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(counter)
