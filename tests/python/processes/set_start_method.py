import multiprocessing as mp

def hello():
    print("hello from", mp.current_process().name)

if __name__ == "__main__":
    mp.set_start_method("spawn")
    print(mp.get_start_method())
    try:
        mp.set_start_method("fork")
    except RuntimeError as e:
        print("RuntimeError:", e)
    mp.set_start_method("fork", force=True)
    print(mp.get_start_method())
    p = mp.Process(target=hello, name="P1")
    p.start()
    p.join()
