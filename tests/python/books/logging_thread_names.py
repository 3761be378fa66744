# logging from threads: %(threadName)s identifies each worker; the handler serialises the records.
import io
import logging
import threading

stream = io.StringIO()
logger = logging.getLogger("books.threads")
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s:%(threadName)s:%(message)s"))
logger.addHandler(handler)
logger.setLevel(logging.DEBUG)
logger.propagate = False

def worker(n):
    logger.debug("starting")
    logger.info("computed %d", n * n)
    if n == 2:
        logger.warning("special case %s", n)

threads = [threading.Thread(target=worker, args=(i,), name=f"Worker-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
logger.info("all done")
lines = stream.getvalue().splitlines()
for line in sorted(lines):
    print(line)
print("threads in order per worker:", all(
    [l.split(":", 2)[2] for l in lines if f":Worker-{i}:" in l][0] == "starting" for i in range(4)))
default = threading.Thread(target=lambda: logger.error("from a default-named thread"))
default.start()
default.join()
print(stream.getvalue().splitlines()[-1].split(":")[1].startswith("Thread-"))
logger.removeHandler(handler)
logging.basicConfig(format="%(threadName)s %(message)s", level=logging.INFO, force=True)
t = threading.Thread(target=logging.info, args=("via root",), name="RootLogger")
t.start()
t.join()
logging.getLogger().handlers.clear()
