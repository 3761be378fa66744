# exit: 1
# An uncaught exception in the main thread ends the program with status 1, after threads finish.
import threading
import time

def worker():
    time.sleep(0.1)
    print("worker finished anyway")

threading.Thread(target=worker).start()
raise RuntimeError("main failed")
