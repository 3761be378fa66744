# Python Cookbook 12.2: a PeriodicTimer thread that signals every tick through a Condition;
# two threads wait for ticks in step with it. A daemon thread ticks forever and the program ends.
import threading
import time

class PeriodicTimer:
    def __init__(self, interval):
        self._interval = interval
        self._flag = 0
        self._cv = threading.Condition()

    def start(self):
        t = threading.Thread(target=self.run)
        t.daemon = True
        t.start()

    def run(self):
        while True:
            time.sleep(self._interval)
            with self._cv:
                self._flag ^= 1
                self._cv.notify_all()

    def wait_for_tick(self):
        with self._cv:
            last_flag = self._flag
            while last_flag == self._flag:
                self._cv.wait()

ptimer = PeriodicTimer(0.05)
ptimer.start()
log = []
lock = threading.Lock()

def countdown(nticks):
    while nticks > 0:
        ptimer.wait_for_tick()
        with lock:
            log.append(("T-minus", nticks))
        nticks -= 1

def countup(last):
    n = 0
    while n < last:
        ptimer.wait_for_tick()
        with lock:
            log.append(("Counting", n))
        n += 1

a = threading.Thread(target=countdown, args=(5,))
b = threading.Thread(target=countup, args=(3,))
t0 = time.perf_counter()
a.start(); b.start(); a.join(); b.join()
print(sorted(x for x in log if x[0] == "T-minus"))
print([x for x in log if x[0] == "Counting"])
print("about 5 ticks:", 0.2 < time.perf_counter() - t0 < 0.6)
