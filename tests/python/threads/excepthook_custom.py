# A custom threading.excepthook receives the exception, its type and the thread.
import threading

seen = []
original = threading.excepthook

def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))

threading.excepthook = hook
try:
    def fail():
        raise KeyError("k")
    t = threading.Thread(target=fail, name="failing")
    t.start()
    t.join()
finally:
    threading.excepthook = original
print(seen)
print("restored:", threading.excepthook is threading.__excepthook__)
