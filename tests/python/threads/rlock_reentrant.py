# RLock: the owner may acquire it again; only the owner may release; each acquire needs a release.
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
print("owned:", r._is_owned())
r.release(); r.release()
print("still owned after 2 of 3 releases:", r._is_owned())

result = {}

def other():
    result["acquire while owned elsewhere"] = r.acquire(timeout=0.05)
    try:
        r.release()
    except RuntimeError as e:
        result["release by non-owner"] = str(e)

t = threading.Thread(target=other)
t.start(); t.join()
print(sorted(result.items()))
r.release()
print("owned after last release:", r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("release un-acquired:", e)

def recurse(n):
    with r:
        return 0 if n == 0 else 1 + recurse(n - 1)

print("recursion under one RLock:", recurse(50))
