# get_ident() matches Thread.ident and differs between threads alive at the same time.
import threading

barrier = threading.Barrier(4)
idents = {}

def work(i):
    idents[i] = (threading.get_ident(), threading.current_thread().ident)
    barrier.wait()  # keep all alive together so their idents cannot be reused

threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in threads: t.start()
barrier.wait()
for t in threads: t.join()
print("get_ident == Thread.ident:", all(a == b for a, b in idents.values()))
print("matches the Thread objects:", [idents[i][0] == t.ident for i, t in enumerate(threads)])
all_idents = {a for a, _ in idents.values()} | {threading.get_ident()}
print("distinct:", len(all_idents) == 4)
print("main:", threading.get_ident() == threading.main_thread().ident)
