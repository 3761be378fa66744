# os.kill on the processes of a program: a child ended by SIGTERM/SIGKILL, signal 0 as an
# is-alive check, a handler run by a signal to oneself, and a pid that does not exist.
import errno
import multiprocessing as mp
import os
import signal
import time

def sleeper():
    time.sleep(30)

if __name__ == "__main__":
    got = []
    old = signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
    os.kill(os.getpid(), signal.SIGUSR1)
    signal.signal(signal.SIGUSR1, old)
    print("handler ran:", got == [signal.SIGUSR1])

    for sig in (signal.SIGTERM, signal.SIGKILL):
        p = mp.Process(target=sleeper)
        p.start()
        time.sleep(0.3)
        os.kill(p.pid, 0)
        print("alive before:", p.is_alive())
        os.kill(p.pid, sig)
        p.join(5)
        print(sig.name, "exitcode", p.exitcode)
        try:
            os.kill(p.pid, 0)
            print("still there?")
        except ProcessLookupError as e:
            print("after join:", type(e).__name__, e.errno == errno.ESRCH)

    def suicide():
        print("child going", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        print("never printed")
    p = mp.Process(target=suicide)
    p.start(); p.join()
    print("self SIGKILL exitcode", p.exitcode)
