# Future.add_done_callback runs in the worker thread that finished the future, or at once in
# the caller when the future is already done; executor.map zips several iterables.
import concurrent.futures as cf
import threading
import time

def work(x):
    time.sleep(0.05)
    return x * 10

seen = []
with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    f = ex.submit(work, 1)
    f.add_done_callback(lambda fut: seen.append(("pending", threading.current_thread().name.startswith("pool"), fut.result())))
    f.result()
    time.sleep(0.01)
    f.add_done_callback(lambda fut: seen.append(("done", threading.current_thread().name, fut.result())))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
print(seen)
