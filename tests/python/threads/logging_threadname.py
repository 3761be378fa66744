# logging's %(threadName)s names the thread that logged.
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(threadName)s: %(message)s", force=True)
log = logging.getLogger("demo")

def work(n):
    log.info("working on %d", n)

log.info("starting")
for i in range(2):
    t = threading.Thread(target=work, args=(i,), name=f"worker-{i}")
    t.start()
    t.join()
t = threading.Thread(target=work, args=(9,))
t.start(); t.join()
log.info("done")
logging.getLogger().handlers.clear()  # leave logging as a fresh interpreter has it
