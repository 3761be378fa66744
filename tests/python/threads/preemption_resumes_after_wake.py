# Time slicing resumes when a waiting thread is woken: after a stretch where main computed alone, both threads progress.
import threading
import time

ev = threading.Event()
progress = {"b": 0}


def b():
    ev.wait()
    end = time.monotonic() + 0.3
    while time.monotonic() < end:
        progress["b"] += 1


t = threading.Thread(target=b)
t.start()
end = time.monotonic() + 0.05
while time.monotonic() < end:      # alone: b waits on the event, no slices needed
    pass
ev.set()
seen = 0
end = time.monotonic() + 0.2
while time.monotonic() < end:
    seen = progress["b"]           # b gets the interpreter meanwhile only if slicing resumed
print("b ran while main computed:", seen > 0)
t.join()
print("done")
