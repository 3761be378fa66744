import multiprocessing as mp

def echo(inq, outq):
    while (item := inq.get()) is not None:
        outq.put(item * 2)

inq, outq = mp.SimpleQueue(), mp.SimpleQueue()
print(inq.empty())
p = mp.Process(target=echo, args=(inq, outq))
p.start()
for i in range(5):
    inq.put(i)
inq.put(None)
print([outq.get() for _ in range(5)])
p.join()
print(outq.empty())
inq.close()
