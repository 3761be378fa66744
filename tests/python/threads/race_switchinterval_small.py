# With a tiny switch interval, threads interleave finely, and locked code is still exact.
import sys
import threading

old = sys.getswitchinterval()
sys.setswitchinterval(1e-5)
try:
    lock = threading.Lock()
    total = 0
    order = []

    def work(tag):
        global total
        for i in range(20_000):
            with lock:
                total += 1
            if i % 5000 == 0:
                order.append(tag)

    threads = [threading.Thread(target=work, args=(t,)) for t in "ab"]
    for t in threads: t.start()
    for t in threads: t.join()
    print(total, sorted(order))
finally:
    sys.setswitchinterval(old)
