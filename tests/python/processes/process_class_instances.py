# Instances of classes defined in the program travel both ways and keep their class.
import multiprocessing as mp
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

    def norm1(self):
        return abs(self.x) + abs(self.y)

def mirror(q_in, q_out):
    p = q_in.get()
    q_out.put(Point(-p.x, -p.y))

if __name__ == "__main__":
    a, b = mp.Queue(), mp.Queue()
    p = mp.Process(target=mirror, args=(a, b))
    p.start()
    a.put(Point(3, 4))
    r = b.get()
    p.join()
    print(r, type(r) is Point, r.norm1())
