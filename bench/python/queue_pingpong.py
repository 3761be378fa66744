# Two threads hand a token back and forth through two queues: the cost of one hand-off.
import queue, threading, time
N = 20000
ping, pong = queue.Queue(), queue.Queue()
def player():
    for _ in range(N):
        pong.put(ping.get())
t = threading.Thread(target=player)
t.start()
t0 = time.perf_counter()
for i in range(N):
    ping.put(i)
    pong.get()
elapsed = time.perf_counter() - t0
t.join()
print("BENCH", elapsed / (2 * N))
