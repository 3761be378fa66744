# threading.local: each thread sees its own attributes; the main thread's stay untouched.
import threading

data = threading.local()
data.value = "main"
seen = {}

def work(i):
    seen[(i, "before")] = getattr(data, "value", "unset")
    data.value = f"thread {i}"
    threading.Event().wait(0.01)  # let the other threads run in between
    seen[(i, "after")] = data.value

threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in threads: t.start()
for t in threads: t.join()
for key in sorted(seen):
    print(key, seen[key])
print("main:", data.value)
