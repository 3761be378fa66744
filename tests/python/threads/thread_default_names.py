# Default names count up from 1 in a fresh program and include the target's name.
import threading

def job():
    pass

class Custom(threading.Thread):
    pass

threads = [
    threading.Thread(target=job),
    threading.Thread(),
    threading.Thread(target=job, name="explicit"),
    Custom(),
    threading.Thread(target=lambda: None),
]
for t in threads:
    print(t.name)
