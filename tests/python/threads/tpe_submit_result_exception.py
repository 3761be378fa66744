# submit() returns a Future: result() gives the value or re-raises the exception the call raised.
from concurrent.futures import ThreadPoolExecutor

def divide(a, b):
    return a / b

with ThreadPoolExecutor(max_workers=2) as pool:
    ok = pool.submit(divide, 6, 3)
    bad = pool.submit(divide, 1, 0)
    print("result:", ok.result())
    print("exception:", type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("result() re-raises:", e)
    print("done:", ok.done(), bad.done(), "cancelled:", ok.cancelled())
    calls = []
    ok.add_done_callback(lambda f: calls.append(f.result()))
    print("callback on a done future runs at once:", calls)
