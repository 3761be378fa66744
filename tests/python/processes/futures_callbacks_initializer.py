from concurrent.futures import ProcessPoolExecutor

prefix = "unset"

def init(p):
    global prefix
    prefix = p

def tag(x):
    return prefix + str(x)

if __name__ == "__main__":
    seen = []
    with ProcessPoolExecutor(2, initializer=init, initargs=("item-",)) as ex:
        fut = ex.submit(tag, 1)
        fut.add_done_callback(lambda f: seen.append(f.result()))
        print(sorted(ex.map(tag, range(3))))
    print(seen)
