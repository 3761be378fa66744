from concurrent.futures import ProcessPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED
import time

def nap(t):
    time.sleep(t)
    return t

if __name__ == "__main__":
    with ProcessPoolExecutor(2) as ex:
        futs = [ex.submit(nap, t) for t in (0.6, 0.1)]
        print([f.result() for f in as_completed(futs)])
        futs = [ex.submit(nap, t) for t in (0.8, 0.05)]
        done, not_done = wait(futs, return_when=FIRST_COMPLETED)
        print(sorted(f.result() for f in done), len(not_done))
        done, not_done = wait(futs, return_when=ALL_COMPLETED)
        print(len(done), len(not_done))
