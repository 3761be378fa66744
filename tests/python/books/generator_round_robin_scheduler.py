# A cooperative round-robin scheduler of generator "tasks" (Beazley style), with a sleep-like system call.
from collections import deque

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.waiting = {}
        self.tick = 0
        self.next_id = 0
    def new(self, gen, name):
        self.next_id += 1
        self.ready.append((self.next_id, name, gen))
        return self.next_id
    def run(self):
        while self.ready or self.waiting:
            self.tick += 1
            for tid in [t for t, (wake, _) in self.waiting.items() if wake <= self.tick]:
                self.ready.append(self.waiting.pop(tid)[1])
            if not self.ready:
                continue
            tid, name, gen = task = self.ready.popleft()
            try:
                request = next(gen)
            except StopIteration as e:
                print(f"tick {self.tick}: {name} finished -> {e.value}")
                continue
            if isinstance(request, tuple) and request[0] == "sleep":
                self.waiting[tid] = (self.tick + request[1], task)
            else:
                self.ready.append(task)

def countdown(name, n):
    while n > 0:
        print(f"{name} {n}")
        yield
        n -= 1
    return f"{name} done"

def napper(name):
    print(f"{name} going to sleep")
    yield ("sleep", 5)
    print(f"{name} woke up")
    return "rested"

def spawner():
    inner = yield from sub()
    print("spawner got", inner)
    return inner * 2

def sub():
    yield
    yield
    return 21

s = Scheduler()
s.new(countdown("A", 3), "A")
s.new(countdown("B", 2), "B")
s.new(napper("N"), "N")
s.new(spawner(), "S")
s.run()
print("ticks:", s.tick)
