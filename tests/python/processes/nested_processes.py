import multiprocessing as mp

def grandchild(q):
    q.put(("grandchild", mp.current_process().name, mp.parent_process().name))

def child(q):
    p = mp.Process(target=grandchild, args=(q,))
    p.start()
    p.join()
    q.put(("child", mp.current_process().name, [c.name for c in mp.active_children()]))

if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    p.join()
    print(q.get())
    print(q.get())
