# SystemExit in a thread ends that thread silently (no message) and not the program.
import sys
import threading

def leave():
    sys.exit(3)
    print("not reached")

t = threading.Thread(target=leave)
t.start()
t.join()
print("program goes on; thread alive:", t.is_alive())
