# One filesystem, as on an OS: a file a process wrote is there for any process that heard from
# it after the write, whether or not the writer has ended: a Pool's results, a queue between
# the main process and a child, a pipe between two children, and a child killed after it wrote.
import multiprocessing as mp
import os
import tempfile
import time
from pathlib import Path


def square_to_file(args):
    folder, n = args
    (Path(folder) / f"part-{n}.txt").write_text(str(n * n))
    return n


def reader(paths, texts):
    while (path := paths.get()) is not None:
        texts.put(Path(path).read_text())


def writer(folder, conn):
    path = Path(folder) / "from-writer.txt"
    path.write_text("written by a sibling")
    conn.send(str(path))
    conn.close()


def relay(conn, out):
    out.put(Path(conn.recv()).read_text())


def write_then_wait(folder, ready):
    (Path(folder) / "before-terminate.txt").write_text("still here")
    ready.set()
    time.sleep(60)


if __name__ == "__main__":
    folder = tempfile.mkdtemp(prefix="mpseen-")

    with mp.Pool(2) as pool:
        done = pool.map(square_to_file, [(folder, n) for n in range(4)])
        print("inside the with block:", done, sorted(os.listdir(folder)))

    paths, texts = mp.Queue(), mp.Queue()
    p = mp.Process(target=reader, args=(paths, texts))
    p.start()
    for i in range(3):
        path = os.path.join(folder, f"task-{i}.txt")
        Path(path).write_text(f"task {i} from the main process")
        paths.put(path)
        print("child read:", texts.get())
    paths.put(None)
    p.join()

    r, w = mp.Pipe(duplex=False)
    out = mp.Queue()
    a = mp.Process(target=writer, args=(folder, w))
    b = mp.Process(target=relay, args=(r, out))
    a.start()
    b.start()
    print("sibling read:", out.get())
    a.join()
    b.join()

    ready = mp.Event()
    p = mp.Process(target=write_then_wait, args=(folder, ready))
    p.start()
    ready.wait()
    p.terminate()
    p.join()
    print("after terminate:", p.exitcode, (Path(folder) / "before-terminate.txt").read_text())
