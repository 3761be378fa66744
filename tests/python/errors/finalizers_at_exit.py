# Garbage cycles left at exit are collected, as CPython's exit does: young ones, and ones that a collection promoted before they became garbage.
import gc

from _noisy import Noisy

Noisy("before a collection")
gc.collect()
kept = Noisy("promoted, then dropped")
gc.collect()                    # survives this one: it is old now
del kept                        # garbage that only a full collection finds
Noisy("young at exit")
print("end of program")
