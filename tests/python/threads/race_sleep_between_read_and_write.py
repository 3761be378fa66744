# A blocking call between read and write lets every thread read the same stale value.
import threading
import time

balance = 100

def withdraw(amount):
    global balance
    seen = balance
    time.sleep(0.05)  # the other threads read `balance` meanwhile
    balance = seen - amount

threads = [threading.Thread(target=withdraw, args=(10,)) for _ in range(5)]
for t in threads: t.start()
for t in threads: t.join()
print("balance:", balance, "(a correct program would give 50)")
