# queue_pingpong.py, short enough for the timeline to record all of it (the timeline-overhead bench).
import queue, threading, time
N = 2000   # 8,000 events: within what the timeline records (MAX_EVENTS)
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
