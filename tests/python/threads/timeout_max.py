# TIMEOUT_MAX bounds every timeout: at the maximum is fine, beyond raises OverflowError.
# CPython computes it as min(PY_TIMEOUT_MAX, PyTime max) in whole seconds: 9223372036.0 on 64-bit
# Linux and on Pyodide's wasm build alike.
import threading
import _thread

print(threading.TIMEOUT_MAX, threading.TIMEOUT_MAX is _thread.TIMEOUT_MAX)
lock = threading.Lock()
print("acquire(timeout=TIMEOUT_MAX) on a free lock:", lock.acquire(timeout=threading.TIMEOUT_MAX))
lock.release()
try:
    lock.acquire(timeout=threading.TIMEOUT_MAX * 2)
except OverflowError:
    print("beyond the maximum: OverflowError")  # the message differs between versions
event = threading.Event()
print("Event.wait(TIMEOUT_MAX) on a set event:", (event.set(), event.wait(threading.TIMEOUT_MAX))[1])
