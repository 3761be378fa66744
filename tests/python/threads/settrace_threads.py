# threading.settrace() installs a trace function in threads started afterwards.
import sys
import threading

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((threading.current_thread().name, event, frame.f_code.co_name))
    return tracer

def helper():
    return 42

def work():
    helper()

threading.settrace(tracer)
try:
    print("gettrace:", threading.gettrace() is tracer)
    t = threading.Thread(target=work, name="traced")
    t.start()
    t.join()
finally:
    threading.settrace(None)
print("main not traced:", sys.gettrace() is None)
calls = [(name, fn) for name, event, fn in events if event == "call"]
print("calls:", calls)
print("line events seen:", any(event == "line" for _, event, _ in events))
print("return events:", [fn for _, event, fn in events if event == "return"])
t = threading.Thread(target=work, name="untraced")
events.clear()
t.start()
t.join()
print("after settrace(None):", events)
