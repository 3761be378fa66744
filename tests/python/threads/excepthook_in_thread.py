# An uncaught exception in a thread prints "Exception in thread ..." on stderr; the program goes on.
import threading

def boom():
    raise ValueError("bad value in thread")

t = threading.Thread(target=boom)
t.start()
t.join()
print("main continues; thread alive:", t.is_alive())
t2 = threading.Thread(target=boom, name="named")
t2.start()
t2.join()
print("exit status stays 0")
