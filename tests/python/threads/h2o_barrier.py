# "Building H2O" from The Little Book of Semaphores: hydrogen and oxygen threads bond in groups of
# two H and one O, with a Barrier(3) and two Semaphores. Every molecule has exactly 2 H and 1 O.
import random
import threading

random.seed(7)
mutex = threading.Lock()
oxygen = hydrogen = 0
oxy_queue = threading.Semaphore(0)
hydro_queue = threading.Semaphore(0)
barrier = threading.Barrier(3)
bonds = []
bonds_lock = threading.Lock()
current = []

def bond(kind):
    with bonds_lock:
        current.append(kind)
        if len(current) == 3:
            bonds.append("".join(sorted(current)))
            current.clear()

def oxygen_thread():
    global oxygen, hydrogen
    mutex.acquire()
    oxygen += 1
    if hydrogen >= 2:
        hydro_queue.release(2)
        hydrogen -= 2
        oxy_queue.release()
        oxygen -= 1
    else:
        mutex.release()
    oxy_queue.acquire()
    bond("O")
    barrier.wait()
    mutex.release()

def hydrogen_thread():
    global oxygen, hydrogen
    mutex.acquire()
    hydrogen += 1
    if hydrogen >= 2 and oxygen >= 1:
        hydro_queue.release(2)
        hydrogen -= 2
        oxy_queue.release()
        oxygen -= 1
    else:
        mutex.release()
    hydro_queue.acquire()
    bond("H")
    barrier.wait()

atoms = ["H"] * 20 + ["O"] * 10
random.shuffle(atoms)
threads = [threading.Thread(target=hydrogen_thread if a == "H" else oxygen_thread) for a in atoms]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(bonds), "molecules:", set(bonds))
