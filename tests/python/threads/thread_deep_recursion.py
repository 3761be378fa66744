# Recursion near the default limit inside threads works as in the main thread, and going past
# it raises RecursionError in that thread only.
import sys
import threading

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

results = {}
def worker(name, n):
    try:
        results[name] = depth(n)
    except RecursionError as e:
        results[name] = "RecursionError"

print(depth(900))
ts = [threading.Thread(target=worker, args=("deep%d" % i, 900)) for i in range(3)]
ts.append(threading.Thread(target=worker, args=("too deep", 5000)))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
