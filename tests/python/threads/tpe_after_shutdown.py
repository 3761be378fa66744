# Executors after shutdown, and the exceptions CPython gives: submit after shutdown, map after
# shutdown, shutdown twice, and a with-block that waits for its futures.
import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

def slow(x):
    time.sleep(0.02)
    return x * 2

with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(slow, i) for i in range(4)]
print("all done after the with-block:", all(f.done() for f in futures), [f.result() for f in futures])
for call in (lambda: ex.submit(slow, 1), lambda: list(ex.map(slow, [1]))):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
ex.shutdown()
ex.shutdown(wait=False)
print("shutdown twice is fine")

if __name__ == "__main__":
    pex = ProcessPoolExecutor(max_workers=1)
    print(pex.submit(slow, 21).result())
    pex.shutdown()
    try:
        pex.submit(slow, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
