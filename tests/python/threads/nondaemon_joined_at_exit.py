# At exit, Python waits for non-daemon threads before running atexit handlers.
import atexit
import threading
import time

atexit.register(lambda: print("atexit handler"))

def slow():
    time.sleep(0.2)
    print("worker finished")

threading.Thread(target=slow).start()
print("main reached the end")
