from multiprocessing import Pool

def square(x):
    return x * x

def fail(x):
    raise KeyError(x)

results, errors = [], []
pool = Pool(2)
for i in range(5):
    pool.apply_async(square, (i,), callback=results.append)
pool.apply_async(fail, ("k",), error_callback=lambda e: errors.append(repr(e)))
pool.map_async(square, [7, 8], callback=lambda rs: results.append(tuple(rs)))
pool.close()
pool.join()
print(sorted(results, key=str))
print(errors)
