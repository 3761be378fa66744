# BoundedSemaphore raises ValueError when released more often than acquired.
import threading

bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("over-release:", e)
plain = threading.Semaphore(2)
plain.release()
print("plain Semaphore allows it:", [plain.acquire(blocking=False) for _ in range(4)])
