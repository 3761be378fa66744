# cancel() before the interval ends stops the Timer from firing; the thread still ends.
import threading
import time

fired = []
timer = threading.Timer(0.2, lambda: fired.append("fired"))
timer.start()
time.sleep(0.05)
timer.cancel()
start = time.monotonic()
timer.join()
print("fired:", fired)
print("ended promptly:", time.monotonic() - start < 0.15)
print("alive:", timer.is_alive())
late = threading.Timer(0.01, lambda: fired.append("late"))
late.start()
late.join()
late.cancel()  # cancelling after it fired does nothing
print("fired:", fired)
