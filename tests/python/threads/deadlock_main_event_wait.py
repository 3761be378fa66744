# expect: deadlock
# The main thread waits for an Event that no thread can set.
import threading

print("waiting")
threading.Event().wait()
