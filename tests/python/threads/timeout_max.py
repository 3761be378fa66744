# TIMEOUT_MAX bounds every timeout: at the maximum is fine, beyond raises OverflowError.
import threading

print(type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX >= 2**31 - 1)
lock = threading.Lock()
print("acquire(timeout=TIMEOUT_MAX) on a free lock:", lock.acquire(timeout=threading.TIMEOUT_MAX))
lock.release()
try:
    lock.acquire(timeout=threading.TIMEOUT_MAX * 2)
except OverflowError:
    print("beyond the maximum: OverflowError")  # the message differs between versions
