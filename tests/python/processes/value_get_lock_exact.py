# Updating a shared Value under get_lock() from processes running in parallel is exact
# (without the lock, updates are lost: nondeterministic, so not compared here).
import multiprocessing as mp

def bump(counter, n, locked):
    for _ in range(n):
        if locked:
            with counter.get_lock():
                counter.value += 1
        else:
            counter.value += 1

if __name__ == "__main__":
    for locked in (True,):
        counter = mp.Value("i", 0)
        ps = [mp.Process(target=bump, args=(counter, 2000, locked)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("locked" if locked else "unlocked", counter.value)
