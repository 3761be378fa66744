"""Shared memory segments (SharedArrayBuffers, see src/runtime/processes/shared-memory.ts).

A segment is made by the process that creates the object using it, and mapped by any other
process the first time it unpickles such an object. Without cross-origin isolation a page has
no SharedArrayBuffer: creating one then raises an error that says so.
"""
import struct

import pyrt_processes_js as _js

from . import host

NO_SHARED_MEMORY = (
    "shared memory between processes (multiprocessing Lock, Value, Array, Barrier, "
    "shared_memory...) needs SharedArrayBuffer, which this page only gets when it is "
    "cross-origin isolated (COOP/COEP headers); Queue, Pipe and Manager work without it")


def new(size):
    if not host.shared_memory_usable():
        raise OSError(NO_SHARED_MEMORY)
    seg = host.new_channel()
    _js.seg_new(seg, size)
    return seg


def ensure(seg):
    """Map a segment made by another process (blocks the thread until the group answers)."""
    if not _js.seg_has(seg):
        if not host.shared_memory_usable():
            raise OSError(NO_SHARED_MEMORY)
        if not host._wait(_js.seg_fetch(seg), "shared memory"):
            raise OSError("shared memory segment %d is gone (its creator's run ended)" % seg)
    return seg


def size(seg):
    return int(_js.seg_size(seg))


def read(seg, offset, length):
    return _js.seg_read(seg, offset, length).to_bytes()


def write(seg, offset, data):
    _js.seg_write(seg, offset, bytes(data))


load = _js.seg_load
store = _js.seg_store
cas = _js.seg_cas
add = _js.seg_add
notify = _js.seg_notify


def wait_while(seg, index, value, timeout):
    """Suspend this thread while slot `index` holds `value`; False if the timeout passed."""
    return host._wait(_js.seg_wait(seg, index, value, host.ms(timeout)), "a multiprocessing lock") != "timed-out"


class SharedBufferWrapper:
    """multiprocessing.heap.BufferWrapper in a shared segment (what Barrier keeps its state in)."""

    def __init__(self, size, _seg=None):
        self._size = size
        self._seg = new(size) if _seg is None else ensure(_seg)

    def create_memoryview(self):
        return _SharedView(self._seg, self._size)

    def __reduce__(self):
        return (SharedBufferWrapper, (self._size, self._seg))


class _SharedView:
    def __init__(self, seg, size, fmt="B"):
        self._seg = seg
        self._item = struct.Struct(fmt)
        self._length = size // self._item.size

    def cast(self, fmt):
        return _SharedView(self._seg, self._length * self._item.size, fmt)

    def __len__(self):
        return self._length

    def __getitem__(self, i):
        return self._item.unpack(read(self._seg, i * self._item.size, self._item.size))[0]

    def __setitem__(self, i, v):
        write(self._seg, i * self._item.size, self._item.pack(v))
