# get_native_id() is an int, and Thread.native_id reports the same number inside the thread.
import threading

seen = {}

def work():
    seen["native"] = threading.get_native_id()

t = threading.Thread(target=work)
t.start()
t.join()
print(isinstance(threading.get_native_id(), int))
print(seen["native"] == t.native_id)
print(threading.main_thread().native_id == threading.get_native_id())
