# A daemon thread blocked forever does not keep the program alive, and is not a deadlock:
# the main thread ends and the program exits with status 0.
import threading

lock = threading.Lock()
lock.acquire()
threading.Thread(target=lock.acquire, name="stuck-daemon", daemon=True).start()
threading.Thread(target=threading.Event().wait, name="waiting-daemon", daemon=True).start()
print("main ends while two daemon threads wait forever")
