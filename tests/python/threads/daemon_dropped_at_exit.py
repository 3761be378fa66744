# At exit, daemon threads still running are dropped: their later output never appears.
import threading
import time

def background():
    time.sleep(30)
    print("daemon woke up (should not be printed)")

def spinner():
    while True:
        time.sleep(0.01)

threading.Thread(target=background, daemon=True).start()
threading.Thread(target=spinner, daemon=True).start()
print("main done")
