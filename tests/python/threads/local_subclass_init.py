# A local subclass's __init__ runs again, with the same arguments, in each thread that uses it.
import threading

inits = []

class Session(threading.local):
    def __init__(self, user):
        inits.append(threading.current_thread().name)
        self.user = user
        self.requests = 0

session = Session("ada")

def work():
    session.requests += 1
    session.requests += 1
    results[threading.current_thread().name] = (session.user, session.requests)

results = {}
threads = [threading.Thread(target=work, name=f"t{i}") for i in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(inits))
print(sorted(results.items()))
print("main:", session.user, session.requests)
