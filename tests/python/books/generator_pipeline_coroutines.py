# Beazley-style generator coroutines: a primed grep sink, a broadcast, send/close and GeneratorExit.
import functools

def coroutine(func):
    @functools.wraps(func)
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start

@coroutine
def printer(prefix):
    try:
        while True:
            line = yield
            print(prefix, line)
    except GeneratorExit:
        print(prefix, "closed")

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

def follow(lines):
    """Stand-in for tail -f: yields lines from a list."""
    for line in lines:
        yield line

LOG = ["python is fun", "error: disk full", "threads and python", "all good", "error: python crashed"]
p1, p2 = printer("[py]"), printer("[err]")
b = broadcast([grep("python", p1), grep("error", p2)])
for line in follow(LOG):
    b.send(line)
p1.close()
p2.close()

@coroutine
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

a = averager()
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("returned:", e.value)

def delegator(results):
    while True:
        results.append((yield from averager.__wrapped__()))

results = []
d = delegator(results)
next(d)
for v in [1, 2, 3, None, 10, None]:
    d.send(v)
print(results)

def counter():
    try:
        n = 0
        while True:
            got = yield n
            n = n + 1 if got is None else got
    finally:
        print("counter finalised")

c = counter()
print(next(c), next(c), c.send(10), next(c))
try:
    c.throw(ValueError("stop"))
except ValueError as e:
    print("thrown back:", e)
print(list(x * 2 for x in range(3)), sum(x for x in range(10) if x % 3 == 0))
