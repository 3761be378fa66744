import multiprocessing as mp
import os

print(isinstance(mp.cpu_count(), int) and mp.cpu_count() >= 1)
print(mp.cpu_count() == os.cpu_count())
print(sorted(mp.get_all_start_methods()))
for method in ("spawn", "fork", "forkserver"):
    ctx = mp.get_context(method)
    print(method, ctx.get_start_method())
try:
    mp.get_context("bogus")
except ValueError as e:
    print("ValueError:", e)
