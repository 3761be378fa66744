# normalize: mask-hex
# The reprs a reader sees when printing synchronisation objects and threads are CPython's own
# (idents replaced by the program, addresses masked by the runner).
import threading

idents = {}

def show(obj):
    idents.update((t.ident, t.name) for t in threading.enumerate())
    text = repr(obj)
    for ident, name in idents.items():
        text = text.replace(str(ident), f"<ident of {name}>")
    print(text)

lock = threading.Lock()
show(lock)
lock.acquire()
show(lock)
rlock = threading.RLock()
show(rlock)
rlock.acquire(); rlock.acquire()
show(rlock)
show(threading.Semaphore(2))
show(threading.BoundedSemaphore(1))
show(threading.Event())
show(threading.Condition(threading.Lock()))
show(threading.Barrier(2))
show(threading.main_thread())
release = threading.Event()
t = threading.Thread(target=release.wait, name="waiter", daemon=True)
show(t)
t.start()
show(t)
release.set()
t.join()
show(t)
