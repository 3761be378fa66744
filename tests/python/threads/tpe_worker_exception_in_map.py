# An exception inside map's function is raised when iteration reaches that item.
from concurrent.futures import ThreadPoolExecutor

def check(x):
    if x == 2:
        raise ValueError(f"bad item {x}")
    return x

with ThreadPoolExecutor(max_workers=3) as pool:
    got = []
    try:
        for r in pool.map(check, range(5)):
            got.append(r)
    except ValueError as e:
        print("got", got, "then", e)
