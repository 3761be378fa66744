import multiprocessing as mp
import os

def work():
    me = mp.current_process()
    print("child name:", me.name)
    print("child pid matches:", me.pid == os.getpid())
    print("parent is parent:", mp.parent_process().pid == os.getppid())
    print("parent name:", mp.parent_process().name)

if __name__ == "__main__":
    print(mp.current_process().name, mp.parent_process())
    p = mp.Process(target=work, name="Worker-A")
    print(repr(p.name), p.pid, p.daemon)
    p.start()
    p.join()
    print("pid is int:", isinstance(p.pid, int), p.pid != os.getpid())
    print("ident == pid:", p.ident == p.pid)
    print("exitcode:", p.exitcode)
