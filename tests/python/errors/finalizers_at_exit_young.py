# A garbage cycle made after the last collection is collected at exit, its __del__ printing.
class Noisy:
    def __init__(self, name):
        self.name = name
        self.me = self          # a cycle: only the collector frees it

    def __del__(self):
        print("finalized", self.name)


Noisy("young at exit")
print("end of program")
