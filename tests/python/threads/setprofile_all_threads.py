# requires: 3.12
# threading.setprofile_all_threads() sets the profile function in the calling thread and in threads
# started afterwards; setprofile_all_threads(None) removes it again.
import sys
import threading

events = []

def profiler(frame, event, arg):
    if event == "call" and frame.f_code.co_filename == __file__:
        events.append((threading.current_thread().name, frame.f_code.co_name))

def helper():
    pass

def work():
    helper()

threading.setprofile_all_threads(profiler)
try:
    print("main has it:", sys.getprofile() is profiler)
    helper()
    t = threading.Thread(target=work, name="new")
    t.start()
    t.join()
finally:
    threading.setprofile_all_threads(None)
print("removed:", sys.getprofile() is None)
print(events)
