# A plain Lock has no owner: another thread may release it (unlike RLock).
import threading

lock = threading.Lock()
lock.acquire()

def releaser():
    lock.release()

t = threading.Thread(target=releaser)
t.start()
t.join()
print("locked after the other thread released:", lock.locked())
print("acquire again:", lock.acquire(timeout=1))
lock.release()
