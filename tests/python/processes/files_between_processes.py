# Processes share one filesystem, as on an OS: a child sees the parent's files in /tmp and the
# home directory, and what a child writes or removes is there for the parent after join().
import multiprocessing as mp
import os
import shutil
import tempfile
from pathlib import Path


def write_result(path, n):
    Path(path).write_text(f"{n} squared is {n * n}\n")


def read_and_extend(path):
    text = Path(path).read_text()
    with open(path, "a") as f:
        f.write(f"child saw {len(text.splitlines())} line(s)\n")


def remove(path):
    os.remove(path)


def square_to_file(args):
    folder, n = args
    (Path(folder) / f"part-{n}.txt").write_text(str(n * n))
    return n


if __name__ == "__main__":
    folder = tempfile.mkdtemp(prefix="mpfiles-")
    out = os.path.join(folder, "out.txt")

    p = mp.Process(target=write_result, args=(out, 7))
    p.start()
    p.join()
    print("after child wrote:", Path(out).read_text().strip())

    p = mp.Process(target=read_and_extend, args=(out,))
    p.start()
    p.join()
    print("after child appended:", Path(out).read_text().splitlines())

    nested = os.path.join(folder, "sub", "deeper")
    os.makedirs(nested)
    p = mp.Process(target=write_result, args=(os.path.join(nested, "x.txt"), 3))
    p.start()
    p.join()
    print("nested:", sorted(os.listdir(nested)))

    p = mp.Process(target=remove, args=(out,))
    p.start()
    p.join()
    print("exists after child removed it:", os.path.exists(out))

    with mp.Pool(2) as pool:
        done = pool.map(square_to_file, [(folder, n) for n in range(6)])
    parts = sorted(Path(folder).glob("part-*.txt"))
    print("pool parts:", done, [p.read_text() for p in parts])

    home = Path.home() / "mp-home-note.txt"
    p = mp.Process(target=write_result, args=(str(home), 5))
    p.start()
    p.join()
    print("home:", home.read_text().strip())
    home.unlink()

    shutil.rmtree(folder)
    print("cleaned:", not os.path.exists(folder))
