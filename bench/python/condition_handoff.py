# Two threads alternate turns through one Condition: the cost of one notify/wait hand-off.
import threading, time
N = 20000
cond = threading.Condition()
turn = [0]
def player(me):
    for _ in range(N):
        with cond:
            cond.wait_for(lambda: turn[0] == me)
            turn[0] = 1 - me
            cond.notify()
t = threading.Thread(target=player, args=(1,))
t.start()
t0 = time.perf_counter()
player(0)
elapsed = time.perf_counter() - t0
t.join()
print("BENCH", elapsed / (2 * N))
