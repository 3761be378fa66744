# A future still queued can be cancelled; a running or finished one cannot.
import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor

started = threading.Event()
release = threading.Event()

def blocker():
    started.set()
    release.wait()
    return "ran"

with ThreadPoolExecutor(max_workers=1) as pool:
    running = pool.submit(blocker)
    started.wait()
    queued = pool.submit(print, "queued task ran (should not)")
    print("cancel queued:", queued.cancel(), queued.cancelled(), queued.done())
    print("cancel running:", running.cancel(), running.running())
    try:
        queued.result()
    except CancelledError:
        print("result of cancelled: CancelledError")
    release.set()
print("running finished:", running.result(), "cancel finished:", running.cancel())
