# timeline-overhead, within one run: Queue ping-pong in short blocks with the timeline recording
# and not, alternating (on, off, off, on, ...), so the machine's noise, which lasts longer than a
# block, hits both sides alike. Run with the timeline requested (as on a page, live view
# included); each recording block starts a fresh record, so it never reaches MAX_EVENTS.
import queue
import threading
import time
from statistics import median

from pyrt.threads import timeline

ROUNDS, BLOCKS, WARM_UP = 50, 200, 2000
ping, pong = queue.Queue(), queue.Queue()


def player():
    for _ in range(WARM_UP + ROUNDS * BLOCKS * 2):
        pong.put(ping.get())


def block(rounds):
    t0 = time.perf_counter()
    for i in range(rounds):
        ping.put(i)
        pong.get()
    return (time.perf_counter() - t0) / (2 * rounds)


t = threading.Thread(target=player)
t.start()
block(WARM_UP)          # the first thousands of switches run slower (wasm tiers up)
times = {True: [], False: []}
for b in range(BLOCKS * 2):
    on = (b % 4) in (0, 3)
    timeline.start(on)
    times[on].append(block(ROUNDS))
timeline.start(False)
t.join()
print("BENCH", median(times[True]))
print("BASELINE", median(times[False]))
