# A classic bug: args=("abc") is a string, not a tuple, so the target gets three arguments;
# the thread dies with a TypeError traceback and the main thread carries on.
import threading

def greet(name):
    print("hello", name)

t = threading.Thread(target=greet, args=("abc"))
t.start()
t.join()
t = threading.Thread(target=greet, args=("abc",))
t.start()
t.join()
print("main carries on")
