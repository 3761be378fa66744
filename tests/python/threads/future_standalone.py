# normalize: mask-hex (a Future's repr holds its address)
# concurrent.futures.Future used directly (as libraries do): results, exceptions, callbacks added
# before and after completion, cancel() rules, and timeouts on result()/exception().
import concurrent.futures as cf
import threading
import time

f = cf.Future()
calls = []
f.add_done_callback(lambda fut: calls.append(("before", fut.result())))
print(f.running(), f.done(), f.cancelled())
try:
    f.result(timeout=0.01)
except cf.TimeoutError:
    print("TimeoutError while pending")
threading.Timer(0.02, f.set_result, args=(42,)).start()
print(f.result(timeout=2))
f.add_done_callback(lambda fut: calls.append(("after", fut.result())))
print(calls)
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError:", e)

g = cf.Future()
print(g.set_running_or_notify_cancel(), g.running(), g.cancel())
g.set_exception(ValueError("bad"))
print(type(g.exception()).__name__, g.exception())
try:
    g.result()
except ValueError as e:
    print("result() raised", repr(e))

h = cf.Future()
print(h.cancel(), h.cancelled(), h.done())
try:
    h.result()
except cf.CancelledError:
    print("CancelledError")
print(h.set_running_or_notify_cancel())

# wait() on futures resolved by other threads
fs = [cf.Future() for _ in range(3)]
for i, fut in enumerate(fs):
    threading.Timer(0.1 * (3 - i), fut.set_result, args=(i,)).start()
done, not_done = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
print(sorted(fut.result() for fut in done), len(not_done))
print([fut.result() for fut in cf.as_completed(not_done, timeout=2)])
