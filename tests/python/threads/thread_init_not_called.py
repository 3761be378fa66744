# Common mistakes with Thread subclasses, and CPython's messages for them.
import threading

class Forgot(threading.Thread):
    def __init__(self, n):
        self.n = n            # no super().__init__()

    def run(self):
        print("never runs")

try:
    Forgot(1).start()
except RuntimeError as e:
    print("RuntimeError:", e)

class Good(threading.Thread):
    def __init__(self, n):
        super().__init__(name="good-%d" % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n

t = Good(7)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
print(t.name, t.result, t.is_alive())
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
