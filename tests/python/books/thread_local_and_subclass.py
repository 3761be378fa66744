# threading.local gives each thread its own attributes; a Thread subclass stores a result from run().
import threading

local = threading.local()
local.name = "main"
seen = []

def visit(n):
    print_before = hasattr(local, "name")
    local.name = f"t{n}"
    seen.append((n, print_before, local.name))

threads = [threading.Thread(target=visit, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen), "main keeps:", local.name)

class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.result = None
    def run(self):
        self.result = sum(self.numbers)

workers = [Summer(range(i * 10, (i + 1) * 10)) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers], sum(w.result for w in workers) == sum(range(40)))
print("active_count back to 1:", threading.active_count() == 1)
