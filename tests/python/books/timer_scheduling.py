# threading.Timer runs a function after a delay; cancel() stops one that hasn't fired; a repeating timer.
import threading
import time

fired = []
start = time.monotonic()
t1 = threading.Timer(0.3, lambda: fired.append("t1"))
t2 = threading.Timer(0.1, fired.append, args=["t2"])
t3 = threading.Timer(0.2, lambda: fired.append("t3 should not fire"))
for t in (t1, t2, t3):
    t.start()
t3.cancel()
t1.join(); t2.join(); t3.join()
print(fired)
print("waited at least 0.3:", time.monotonic() - start >= 0.29)
print("is a Thread:", isinstance(t1, threading.Thread), "daemon:", t1.daemon)

class RepeatTimer(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)

ticks = []
rt = RepeatTimer(0.01, lambda: ticks.append(1))
rt.start()
time.sleep(0.12)
rt.cancel()
rt.join()
print("repeating timer ticked several times:", 3 <= len(ticks) <= 12)
n = len(ticks)
time.sleep(0.03)
print("stopped after cancel:", len(ticks) == n)
