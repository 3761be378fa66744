# Thread attributes before start, while running and after the end.
import threading

go = threading.Event()

def work():
    go.wait()

t = threading.Thread(target=work, name="worker")
print("name:", t.name)
print("ident before start:", t.ident)
print("native_id before start:", t.native_id)
print("alive before start:", t.is_alive())
print("daemon:", t.daemon)
t.start()
print("alive while running:", t.is_alive())
print("ident is int:", isinstance(t.ident, int))
print("native_id is int:", isinstance(t.native_id, int))
print("ident differs from main:", t.ident != threading.main_thread().ident)
go.set()
t.join()
print("alive after join:", t.is_alive())
print("ident kept after join:", isinstance(t.ident, int))
t.name = "renamed"
print("renamed:", t.name)
