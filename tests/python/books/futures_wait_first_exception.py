# concurrent.futures.wait with FIRST_EXCEPTION and FIRST_COMPLETED, cancel of pending futures, exception().
import concurrent.futures as cf, time

def job(n):
    time.sleep(n / 10)
    if n == 2:
        raise KeyError(n)
    return n

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(job, n) for n in (1, 2, 8, 9)]
    done, pending = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print(sorted((f.result() if not f.exception() else repr(f.exception()) for f in done), key=str))
    print([f.cancel() for f in fs[2:]])
    first, rest = cf.wait([ex.submit(job, 1), ex.submit(job, 3)], return_when=cf.FIRST_COMPLETED)
    print(len(first), len(rest))
print("exception:", repr(fs[1].exception()), fs[0].done(), fs[3].cancelled() or fs[3].done())
