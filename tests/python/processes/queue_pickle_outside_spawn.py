import multiprocessing as mp
import pickle

q = mp.Queue()
try:
    pickle.dumps(q)
except RuntimeError as e:
    print("RuntimeError:", e)
