# threading.setprofile() installs a profile function in threads started afterwards.
import threading

events = []

def profiler(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name))

def helper():
    return 1

def work():
    helper()
    helper()

threading.setprofile(profiler)
try:
    print("getprofile:", threading.getprofile() is profiler)
    t = threading.Thread(target=work)
    t.start()
    t.join()
finally:
    threading.setprofile(None)
print(events)
