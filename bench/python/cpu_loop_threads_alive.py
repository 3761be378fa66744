# The same CPU loop while another thread is alive (blocked on an Event), so time slicing is on.
import threading, time
def work():
    total = 0
    for i in range(3_000_000):
        total += i * i
    return total
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
t0 = time.perf_counter()
work()
print("BENCH", time.perf_counter() - t0)
ev.set()
t.join()
