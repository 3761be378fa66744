# Thread.join(timeout) returns while the thread is alive; is_alive, daemon flag, names and idents.
import threading, time

stop = threading.Event()
def slow():
    stop.wait()

t = threading.Thread(target=slow, name="slowpoke", daemon=True)
print(t.is_alive(), t.ident is None, t.daemon)
t.start()
t.join(timeout=0.1)
print(t.is_alive(), t.ident is not None, t.name)
stop.set()
t.join()
print(t.is_alive())
idents = set()
def record():
    idents.add(threading.get_ident())
ts = [threading.Thread(target=record) for _ in range(5)]
[x.start() for x in ts]; [x.join() for x in ts]
print(len(idents) >= 1, threading.get_ident() not in idents or len(idents) <= 5)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
