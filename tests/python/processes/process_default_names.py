import multiprocessing as mp

def nothing():
    pass

ps = [mp.Process(target=nothing) for _ in range(3)]
print([p.name.split("-")[-1] for p in ps])
for p in ps:
    p.start()
for p in ps:
    p.join()
print([p.exitcode for p in ps])
