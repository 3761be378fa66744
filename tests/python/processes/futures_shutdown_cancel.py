from concurrent.futures import ProcessPoolExecutor
import time

def nap(t):
    time.sleep(t)
    return t

if __name__ == "__main__":
    ex = ProcessPoolExecutor(1)
    futs = [ex.submit(nap, 0.3) for _ in range(6)]
    time.sleep(0.1)
    ex.shutdown(wait=True, cancel_futures=True)
    states = [f.cancelled() for f in futs]
    print("first ran:", not states[0], "last cancelled:", states[-1])
    try:
        ex.submit(nap, 0)
    except RuntimeError as e:
        print("RuntimeError:", e)
