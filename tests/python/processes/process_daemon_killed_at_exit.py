# A daemon child still running when the program ends is terminated; a non-daemon one is waited for.
import multiprocessing as mp
import time

def forever():
    while True:
        time.sleep(0.1)

def late():
    time.sleep(0.5)
    print("non-daemon child finished")

mp.Process(target=forever, daemon=True).start()
mp.Process(target=late).start()
print("main program ends")
