# expect: deadlock
# The seed's hand-made ThreadPool: shutdown() only joins the queue, so the non-daemon workers
# wait in get() forever and the program cannot exit (CPython hangs; the runtime reports it).
import threading, queue
class ThreadPool:
    def __init__(self, num_threads):
        self.tasks = queue.Queue()
        self.threads = [threading.Thread(target=self.worker) for _ in range(num_threads)]
        for t in self.threads: t.start()
    def worker(self):
        while True:
            func, args = self.tasks.get()
            func(*args)
            self.tasks.task_done()
    def submit(self, func, *args):
        self.tasks.put((func, args))
    def shutdown(self):
        self.tasks.join()

pool = ThreadPool(4); pool.submit(print, 'hi'); pool.shutdown()
