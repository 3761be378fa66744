# The low-level _thread API: start_new_thread, allocate_lock, get_ident, _count.
import _thread
import time

done = _thread.allocate_lock()
done.acquire()
result = {}

def work(a, b, *, scale):
    result["value"] = (a + b) * scale
    result["own ident"] = _thread.get_ident() != main_ident
    done.release()

main_ident = _thread.get_ident()
ident = _thread.start_new_thread(work, (1, 2), {"scale": 3})
print("returns an int ident:", isinstance(ident, int))
print("acquired when the thread released:", done.acquire(timeout=5))
print(sorted(result.items()))
while _thread._count():  # the thread may still be returning after release()
    time.sleep(0.01)
print("threads left:", _thread._count())
print("LockType:", type(done) is _thread.LockType, "error is RuntimeError:", _thread.error is RuntimeError)
