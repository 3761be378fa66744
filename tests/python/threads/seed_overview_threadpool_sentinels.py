# The lesson's fixed ThreadPool: one sentinel per worker, then join them all.
import threading, queue
class ThreadPool:
    def __init__(self, num_threads):
        self.tasks = queue.Queue()
        self.threads = [threading.Thread(target=self.worker) for _ in range(num_threads)]
        for t in self.threads: t.start()
    def worker(self):
        while True:
            task = self.tasks.get()
            if task is None:  # sentinel: no more work for this worker
                self.tasks.task_done()
                return
            func, args = task
            func(*args)
            self.tasks.task_done()
    def submit(self, func, *args):
        self.tasks.put((func, args))
    def shutdown(self):
        for _ in self.threads:
            self.tasks.put(None)
        for t in self.threads:
            t.join()

pool = ThreadPool(4); pool.submit(print, 'hi'); pool.shutdown()
assert not any(t.is_alive() for t in pool.threads)
