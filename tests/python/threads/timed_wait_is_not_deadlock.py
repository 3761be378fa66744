# Every other thread is blocked for good, but main waits with a timeout: that is not a deadlock,
# the wait times out and the program goes on.
import threading

lock = threading.Lock()
lock.acquire()
stuck = threading.Thread(target=lock.acquire, daemon=True)
stuck.start()
print("Event.wait(0.2):", threading.Event().wait(0.2))
print("join(0.1) on the stuck thread, still alive:", (stuck.join(0.1), stuck.is_alive())[1])
cond = threading.Condition()
with cond:
    print("wait_for with timeout:", cond.wait_for(lambda: False, timeout=0.1))
lock.release()  # the stuck thread gets the lock and ends
stuck.join()
print("stuck thread finished:", not stuck.is_alive())
