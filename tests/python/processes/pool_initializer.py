from multiprocessing import Pool

state = None

def init(value):
    global state
    state = value

def read(x):
    return (state, x)

if __name__ == "__main__":
    with Pool(2, initializer=init, initargs=("ready",)) as pool:
        print(pool.map(read, range(4)))
