import multiprocessing as mp

q = mp.Queue()
q.put(1)
q.close()
try:
    q.put(2)
except ValueError as e:
    print("ValueError:", str(e).endswith("is closed"))
q.join_thread()
q2 = mp.Queue()
try:
    q2.join_thread()
except AssertionError:
    print("AssertionError: not closed")
