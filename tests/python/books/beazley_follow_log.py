# Beazley's generator tricks: `follow` tails a log file that a writer thread appends to, and a
# pipeline of generators (grep, field extraction, sum) consumes it until a sentinel line.
import os
import tempfile
import threading
import time

def follow(thefile):
    thefile.seek(0, os.SEEK_END)
    while True:
        line = thefile.readline()
        if not line:
            time.sleep(0.01)
            continue
        yield line

def until(lines, sentinel):
    for line in lines:
        if line.strip() == sentinel:
            return
        yield line

def grep(pattern, lines):
    return (line for line in lines if pattern in line)

def field(lines, index):
    return (line.split()[index] for line in lines)

path = os.path.join(tempfile.mkdtemp(), "access-log")
open(path, "w").close()

def writer():
    time.sleep(0.05)
    with open(path, "a") as f:
        for i in range(20):
            status = "404" if i % 3 == 0 else "200"
            f.write("host%d GET /page%d %s %d\n" % (i, i, status, i * 100))
            f.flush()
            time.sleep(0.005)
        f.write("END\n")

t = threading.Thread(target=writer)
with open(path) as logfile:
    t.start()
    lines = until(follow(logfile), "END")
    not_found = grep(" 404 ", lines)
    sizes = (int(s) for s in field(not_found, 4))
    print("bytes in 404 responses:", sum(sizes))
t.join()
os.remove(path)
