# Subclassing Thread and overriding run(); __init__ must call the base class.
import threading

class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"squarer-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n

threads = [Squarer(n) for n in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([(t.name, t.result) for t in threads])
print("run() called directly runs in the caller:", end=" ")
s = Squarer(7)
s.run()
print(s.result, s.ident)
