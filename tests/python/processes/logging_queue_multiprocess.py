# timeout: 60
# (each process boots a worker: seconds each on 2 loaded cores)
# The logging cookbook's "logging to a single place from multiple processes": workers send
# records through a multiprocessing.Queue (QueueHandler), the main process's QueueListener
# writes them. Also a QueueHandler/QueueListener pair between threads.
# normalize: sorted-lines (the workers' records arrive in any order)
import logging
import logging.handlers
import multiprocessing as mp
import queue
import sys
import threading

def worker(q, n):
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(q)]
    root.setLevel(logging.DEBUG)
    logging.getLogger("worker.%d" % n).info("hello from worker %d", n)
    if n == 1:
        logging.getLogger("worker.1").warning("worker 1 warns")

if __name__ == "__main__":
    q = mp.Queue()
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(processName)-10s %(name)s %(levelname)s %(message)s"))
    listener = logging.handlers.QueueListener(q, handler)
    listener.start()
    ps = [mp.Process(target=worker, args=(q, n), name="Worker-%d" % n) for n in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    listener.stop()

    tq = queue.Queue()
    thread_handler = logging.StreamHandler(sys.stdout)
    thread_handler.setFormatter(logging.Formatter("%(threadName)s: %(message)s"))
    tl = logging.handlers.QueueListener(tq, thread_handler)
    tl.start()
    log = logging.getLogger("threads")
    log.addHandler(logging.handlers.QueueHandler(tq))
    log.setLevel(logging.INFO)
    log.propagate = False
    ts = [threading.Thread(target=log.info, args=("from %s", i), name="T%d" % i) for i in range(3)]
    for t in ts: t.start()
    for t in ts: t.join()
    tl.stop()
