"""multiprocessing.shared_memory over the process group's shared segments.

A block is a SharedArrayBuffer segment (its size in an 8-byte header, then the data) that any
process of the run can map by name; the group keeps the names. Python needs a block as plain
memory (a memoryview, a numpy array over `buf`), and one worker's wasm memory cannot be mapped
by another: so each process works on its own copy (an anonymous mmap), and the copies are
reconciled with the segment wherever processes synchronise: taking or releasing a
multiprocessing lock, a queue or pipe send or receive, waiting for a process, time.sleep,
close(), and a child's exit. Reconciling writes into the segment the bytes this process
changed since it last reconciled, then copies the segment back (JS compares the bytes).

What differs from CPython: a process spinning on a byte of the block without ever
synchronising (no sleep, lock, queue...) does not see another process's writes.
"""
import errno
import mmap
import os

import pyrt_processes_js as _js

from . import host, shm

HEADER = 8          # shared-memory.ts SHM_HEADER
_blocks = {}        # name -> _Block: this process's copy of each block it has open


class _Block:
    """This process's copy of one block, shared by every SharedMemory object open on it."""

    def __init__(self, name, seg, size):
        self.name, self.seg, self.size = name, seg, size
        self.mmap = mmap.mmap(-1, size)
        self.users = 0
        self.sync()

    def sync(self):
        data = _js.seg_sync(self.seg, self.mmap[:]).to_bytes()
        self.mmap[:] = data

    def release(self):
        self.users -= 1
        if self.users == 0 and _blocks.get(self.name) is self:
            self.sync()
            del _blocks[self.name]
            if not _blocks:
                host.sync_shared_memory = None


def sync_all():
    """A synchronisation point: reconcile every block this process has open."""
    for block in list(_blocks.values()):
        block.sync()


def _sleep(original):
    def sleep(secs):
        if _blocks:
            sync_all()
        original(secs)
        if _blocks:
            sync_all()
    sleep.__doc__ = original.__doc__
    sleep._pyrt_syncs = True
    return sleep


def _open_block(name, create, size):
    block = _blocks.get(name)
    if block is None:
        if create:
            seg = shm.new(HEADER + size)
            shm.write(seg, 0, size.to_bytes(HEADER, "little"))
            if not host._wait(_js.shm_claim(name, seg), "SharedMemory()"):
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), name)
        else:
            seg = host._value(host._wait(_js.shm_lookup(name), "SharedMemory()"))
            if seg is None:
                raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), name)
            seg = shm.ensure(int(seg))
            size = int.from_bytes(shm.read(seg, 0, HEADER), "little")
        block = _blocks[name] = _Block(name, seg, size)
        host.sync_shared_memory = sync_all
    elif create:
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), name)
    block.users += 1
    return block


def patch(module):
    """Give the stdlib's SharedMemory (and so ShareableList) this module's blocks."""
    cls = module.SharedMemory

    def __init__(self, name=None, create=False, size=0, *, track=True):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create and size == 0:
            raise ValueError("'size' must be a positive number different from zero")
        if name is None and not create:
            raise ValueError("'name' can only be None if create=True")
        self._flags = module._O_CREX | os.O_RDWR if create else os.O_RDWR
        self._track = track
        self._fd = -1
        self._mmap = self._buf = self._block = None
        while True:
            path = module._make_filename() if name is None else "/" + name
            try:
                self._block = _open_block(path, create, size)
            except FileExistsError:
                if name is None:
                    continue
                raise
            break
        self._name = path
        self._size = self._block.size
        self._mmap = self._block.mmap
        self._buf = memoryview(self._mmap)

    def close(self):
        if self._buf is not None:
            self._buf.release()
            self._buf = None
        if self._block is not None:
            self._mmap = None
            block, self._block = self._block, None
            block.release()

    def unlink(self):
        if self._name:
            _js.shm_unname(self._name)

    cls.__init__, cls.close, cls.unlink = __init__, close, unlink
    cls._block = None
    import time
    if not getattr(time.sleep, "_pyrt_syncs", False):
        time.sleep = _sleep(time.sleep)


def reset():
    """A new run: blocks of the last one are forgotten (a late close() of one does nothing)."""
    _blocks.clear()
    host.sync_shared_memory = None


class _PosixShmem:
    """Stands in for the C module the stdlib imports (its SharedMemory no longer calls it)."""

    @staticmethod
    def shm_open(path, flags, mode=0o777):
        raise OSError(errno.ENOSYS, "shm_open: use multiprocessing.shared_memory")

    @staticmethod
    def shm_unlink(path):
        _js.shm_unname(path)
