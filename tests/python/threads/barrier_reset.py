# reset() breaks the waiting parties' wait and makes the barrier usable again.
import threading
import time

barrier = threading.Barrier(2)
outcomes = []

def party(tag):
    try:
        barrier.wait()
        outcomes.append((tag, "passed"))
    except threading.BrokenBarrierError:
        outcomes.append((tag, "broken"))

t = threading.Thread(target=party, args=("first",))
t.start()
while barrier.n_waiting < 1:
    time.sleep(0.01)
barrier.reset()
t.join()
print(outcomes, "broken after reset:", barrier.broken)
threads = [threading.Thread(target=party, args=(f"round2-{i}",)) for i in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(outcomes[1:]))
