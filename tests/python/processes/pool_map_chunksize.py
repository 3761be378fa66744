from multiprocessing import Pool

def cube(x):
    return x ** 3

if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(cube, range(10)))
        print(pool.map(cube, range(100), chunksize=7)[-3:])
        print(pool.map(cube, []))
