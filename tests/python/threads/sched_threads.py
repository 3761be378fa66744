# The sched module (a classic of Python tutorials) driving timed events, one scheduler per
# thread, and a scheduler run from a thread while the main thread adds events under its lock.
import sched
import threading
import time

log = []
log_lock = threading.Lock()

def note(what):
    with log_lock:
        log.append(what)

def per_thread(name, delays):
    s = sched.scheduler(time.monotonic, time.sleep)
    for d in delays:
        s.enter(d, 1, note, argument=("%s@%g" % (name, d),))
    s.run()

threads = [threading.Thread(target=per_thread, args=(n, ds))
           for n, ds in (("a", (0.03, 0.01)), ("b", (0.02,)), ("c", (0.04, 0.005)))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
print("order within each thread kept:",
      [x for x in log if x.startswith("a")] == ["a@0.01", "a@0.03"])

# priorities break ties between events due at the same time
s = sched.scheduler(time.monotonic, time.sleep)
out = []
now = time.monotonic()
for prio, name in ((3, "low"), (1, "high"), (2, "mid")):
    s.enterabs(now + 0.01, prio, out.append, argument=(name,))
ev = s.enter(0.05, 1, out.append, argument=("cancelled",))
s.cancel(ev)
print(s.empty(), len(s.queue))
s.run()
print(out, s.empty())
