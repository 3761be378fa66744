"""`_multiprocessing` for this runtime: the SemLock that multiprocessing.synchronize builds on.

(Placeholder until shared memory lands: constructing one raises a clear error.)
"""
import types

SEM_VALUE_MAX = 2147483647


class SemLock:
    SEM_VALUE_MAX = SEM_VALUE_MAX

    def __init__(self, kind, value, maxvalue, name, unlink):
        raise OSError("multiprocessing locks are not available in this runtime yet")


def sem_unlink(name):
    pass


def module():
    m = types.ModuleType("_multiprocessing")
    m.SemLock = SemLock
    m.sem_unlink = sem_unlink
    m.flags = {}
    return m
