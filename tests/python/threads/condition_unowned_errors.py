# wait and notify need the Condition's lock; Condition can wrap an RLock or a Lock.
import threading

cond = threading.Condition()
for name, call in [("wait", lambda: cond.wait(0.01)), ("notify", cond.notify), ("notify_all", cond.notify_all)]:
    try:
        call()
    except RuntimeError as e:
        print(f"{name} without the lock:", e)

print("default lock is an RLock:", type(cond._lock) is type(threading.RLock()))
plain = threading.Condition(threading.Lock())
with plain:
    print("wait on a Lock-based Condition:", plain.wait(0.01))
with cond:
    with cond:  # reentrant: the RLock is released fully while waiting
        print("nested wait:", cond.wait(0.01))
