# Beazley-style coroutines: priming, send, throw handled inside, close running finally, GeneratorExit.
def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start

@coroutine
def grep(pattern, target):
    try:
        while True:
            line = (yield)
            if pattern in line:
                target.send(line.upper())
    except GeneratorExit:
        print("grep closing")
        target.close()

@coroutine
def printer():
    try:
        while True:
            try:
                item = (yield)
                print("got", item)
            except ValueError as e:
                print("printer handled", e)
    finally:
        print("printer finally")

p = printer()
g = grep("py", p)
for line in ["python rocks", "java", "pypy too"]:
    g.send(line)
p.throw(ValueError("oops"))
g.close()
try:
    g.send("python")
except StopIteration:
    print("StopIteration after close")
