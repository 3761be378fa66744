# _thread.interrupt_main() raises KeyboardInterrupt in the main thread, whichever thread calls it
# (the same path as Ctrl+C, or the reader's Stop button).
import _thread
import threading
import time

def interrupter():
    time.sleep(0.05)
    _thread.interrupt_main()

t = threading.Thread(target=interrupter)
t.start()
spins = 0
try:
    while True:
        spins += 1
except KeyboardInterrupt:
    print("KeyboardInterrupt in", threading.current_thread().name)
t.join()
print("the thread was not interrupted:", not t.is_alive())
