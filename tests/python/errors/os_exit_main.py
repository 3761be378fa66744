# exit: 3
# os._exit in the main program: the exit status is its argument, and no finally or atexit
# handler runs (the interpreter ends where it stands).
import atexit
import os
import threading

atexit.register(print, "atexit ran (it should not)")
threading.Thread(target=lambda: None).start()
print("leaving with 3", flush=True)
try:
    os._exit(3)
finally:
    print("finally ran (it should not)")
