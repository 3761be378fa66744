# A common pattern: a Thread subclass that keeps its target's result or exception for join().
import threading

class ResultThread(threading.Thread):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.result = None
        self.exc = None

    def run(self):
        try:
            if self._target:
                self.result = self._target(*self._args, **self._kwargs)
        except BaseException as e:
            self.exc = e
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        super().join(timeout)
        if self.exc:
            raise RuntimeError("thread failed") from self.exc
        return self.result

def square(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x * x

ts = [ResultThread(target=square, args=(i,)) for i in (3, -1, 4)]
for t in ts:
    t.start()
for t in ts:
    try:
        print(t.name, t.join())
    except RuntimeError as e:
        print(t.name, e, "<-", repr(e.__cause__))
