# stack_size(): 0 means the platform default; setting returns the previous value; too small is ValueError.
import threading

print("default:", threading.stack_size())
print("set returns old:", threading.stack_size(256 * 1024))
print("now:", threading.stack_size())
ran = []
t = threading.Thread(target=lambda: ran.append(True))
t.start()
t.join()
print("a thread still runs:", ran)
try:
    threading.stack_size(1000)
except ValueError as e:
    print("too small:", e)
print("restored:", threading.stack_size(0), threading.stack_size())
