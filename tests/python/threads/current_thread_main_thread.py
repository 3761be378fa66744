# current_thread() is the Thread object running; main_thread() is the one the program started in.
import threading

print(threading.current_thread() is threading.main_thread())
print(threading.main_thread().name)
print(type(threading.main_thread()).__name__)
checks = {}

def work():
    me = threading.current_thread()
    checks["is the Thread object"] = me is t
    checks["not main"] = me is not threading.main_thread()
    checks["main is still main"] = threading.main_thread().name == "MainThread"
    checks["name"] = me.name

t = threading.Thread(target=work, name="helper")
t.start()
t.join()
print(sorted(checks.items()))
