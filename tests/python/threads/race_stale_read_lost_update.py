# Read-modify-write without a lock: when every thread reads before any writes (forced here by a
# Barrier, as a blocking call between read and write would do by chance), all but one update is lost.
import threading

balance = 100
all_read = threading.Barrier(5)

def withdraw(amount):
    global balance
    seen = balance
    all_read.wait()  # every thread has now read the same, soon stale, balance
    balance = seen - amount

threads = [threading.Thread(target=withdraw, args=(10,)) for _ in range(5)]
for t in threads: t.start()
for t in threads: t.join()
print("balance:", balance, "(a correct program would give 50)")
