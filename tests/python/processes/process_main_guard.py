import multiprocessing as mp

def greet(name, punct="!"):
    print("hello", name + punct)

if __name__ == "__main__":
    p = mp.Process(target=greet, args=("world",), kwargs={"punct": "?"})
    print(p.is_alive(), p.exitcode)
    p.start()
    p.join()
    print(p.is_alive(), p.exitcode)
