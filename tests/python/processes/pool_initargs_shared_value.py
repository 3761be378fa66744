# Sharing a synchronized Value with pool workers through initializer/initargs (the pattern of
# "Python Concurrency with asyncio", ch. 6): passing it as a task argument is an error, passing it
# at worker start is how it is done. Works for Pool and ProcessPoolExecutor alike.
import asyncio
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from functools import partial

counter = None

def init(shared):
    global counter
    counter = shared

def count_words(text, weight=1):
    n = len(text.split())
    with counter.get_lock():
        counter.value += n * weight
    return n

TEXTS = ["the quick brown fox", "jumps over", "the lazy dog", "a b c d e f"]

if __name__ == "__main__":
    shared = mp.Value("i", 0)
    with mp.Pool(2, initializer=init, initargs=(shared,)) as pool:
        print(pool.map(count_words, TEXTS), shared.value)
        try:
            pool.apply(len, (shared,))
        except RuntimeError as e:
            print("RuntimeError:", e)

    progress = mp.Value("i", 0)
    async def main():
        loop = asyncio.get_running_loop()
        with ProcessPoolExecutor(2, initializer=init, initargs=(progress,)) as ex:
            calls = [loop.run_in_executor(ex, partial(count_words, t, weight=10)) for t in TEXTS]
            return await asyncio.gather(*calls)
    print(asyncio.run(main()), progress.value)
