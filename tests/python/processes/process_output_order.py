# A child's prints appear in order, before what the parent prints after join().
import multiprocessing as mp

def count():
    for i in range(5):
        print("child line", i)

print("before start")
p = mp.Process(target=count)
p.start()
p.join()
print("after join")
