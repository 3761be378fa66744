# enumerate() and active_count() list the started, not yet finished threads (main included).
import threading

release = threading.Event()
started = threading.Barrier(4)

def work():
    started.wait()
    release.wait()

print("at start:", threading.active_count(), [t.name for t in threading.enumerate()])
threads = [threading.Thread(target=work, name=f"w{i}") for i in range(3)]
print("created, not started:", threading.active_count())
for t in threads: t.start()
started.wait()
print("running:", threading.active_count(), sorted(t.name for t in threading.enumerate()))
release.set()
for t in threads: t.join()
print("after join:", threading.active_count(), [t.name for t in threading.enumerate()])
