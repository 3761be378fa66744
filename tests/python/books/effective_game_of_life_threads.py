# Effective Python items 56-58: Conway's Game of Life, one generation stepped serially, with a
# thread per cell (fan-out/fan-in) and with a ThreadPoolExecutor; all three agree.
from concurrent.futures import ThreadPoolExecutor
from threading import Lock, Thread

ALIVE, EMPTY = "*", "-"

class Grid:
    def __init__(self, height, width):
        self.height, self.width = height, width
        self.rows = [[EMPTY] * width for _ in range(height)]

    def get(self, y, x):
        return self.rows[y % self.height][x % self.width]

    def set(self, y, x, state):
        self.rows[y % self.height][x % self.width] = state

    def __str__(self):
        return "\n".join("".join(r) for r in self.rows)

class LockingGrid(Grid):
    def __init__(self, height, width):
        super().__init__(height, width)
        self.lock = Lock()

    def get(self, y, x):
        with self.lock:
            return super().get(y, x)

    def set(self, y, x, state):
        with self.lock:
            return super().set(y, x, state)

def count_neighbors(y, x, get):
    return sum(get(y + dy, x + dx) == ALIVE for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)

def game_logic(state, neighbors):
    if state == ALIVE:
        return EMPTY if neighbors < 2 or neighbors > 3 else ALIVE
    return ALIVE if neighbors == 3 else EMPTY

def step_cell(y, x, get, set):
    set(y, x, game_logic(get(y, x), count_neighbors(y, x, get)))

def seed(cls):
    g = cls(5, 9)
    for y, x in ((0, 3), (1, 4), (2, 2), (2, 3), (2, 4)):
        g.set(y, x, ALIVE)
    return g

def serial(grid):
    nxt = Grid(grid.height, grid.width)
    for y in range(grid.height):
        for x in range(grid.width):
            step_cell(y, x, grid.get, nxt.set)
    return nxt

def threaded(grid):
    nxt = LockingGrid(grid.height, grid.width)
    threads = [Thread(target=step_cell, args=(y, x, grid.get, nxt.set))
               for y in range(grid.height) for x in range(grid.width)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return nxt

def pooled(grid, pool):
    nxt = LockingGrid(grid.height, grid.width)
    futures = [pool.submit(step_cell, y, x, grid.get, nxt.set)
               for y in range(grid.height) for x in range(grid.width)]
    for f in futures:
        f.result()
    return nxt

a, b, c = seed(Grid), seed(LockingGrid), seed(LockingGrid)
with ThreadPoolExecutor(max_workers=10) as pool:
    for _ in range(4):
        a, b, c = serial(a), threaded(b), pooled(c, pool)
print(a)
print(str(a) == str(b) == str(c))
