# No __main__ guard: the child does not re-run the program (as with fork).
import multiprocessing

print("program starts")

def double(n):
    return 2 * n

pool = multiprocessing.Pool(2)
print(pool.map(double, [1, 2, 3]))
pool.close()
pool.join()
print("program ends")
