# Barrier: every party waits for the others; wait() returns distinct indices; the action runs once.
import threading

actions = []
barrier = threading.Barrier(3, action=lambda: actions.append("all arrived"))
indices = []
after = []

def party(i):
    indices.append(barrier.wait())
    after.append(i)

print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)
threads = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in threads: t.start()
for t in threads: t.join()
print("indices:", sorted(indices))
print("action:", actions)
print("after:", sorted(after))
# The barrier is reusable: a second round works the same.
threads = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in threads: t.start()
for t in threads: t.join()
print("second round:", sorted(indices[3:]), actions)
