"""An object in a reference cycle that says when it is finalized (only the collector frees it)."""


class Noisy:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("finalized", self.name)
