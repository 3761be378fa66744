# A new thread's daemon flag defaults to its creator's.
import threading

seen = {}

def inner():
    seen["inner"] = threading.current_thread().daemon

def outer():
    seen["outer"] = threading.current_thread().daemon
    t = threading.Thread(target=inner)
    seen["child created by daemon"] = t.daemon
    t.start()
    t.join()

print("main daemon:", threading.main_thread().daemon)
print("child of main:", threading.Thread(target=inner).daemon)
t = threading.Thread(target=outer, daemon=True)
t.start()
t.join()
print(sorted(seen.items()))
