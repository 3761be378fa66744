"""RawValue and RawArray of multiprocessing.sharedctypes, in shared segments.

CPython maps ctypes objects onto shared pages; a worker's wasm memory cannot be shared, so
these keep their bytes in a SharedArrayBuffer and read/write them with struct, in the ctypes
type's format. (No multiprocessing import here: a child unpickles these before anything else.)
"""
import ctypes
import struct

from . import shm

typecode_to_type = {
    "c": ctypes.c_char, "u": ctypes.c_wchar,
    "b": ctypes.c_byte, "B": ctypes.c_ubyte,
    "h": ctypes.c_short, "H": ctypes.c_ushort,
    "i": ctypes.c_int, "I": ctypes.c_uint,
    "l": ctypes.c_long, "L": ctypes.c_ulong,
    "q": ctypes.c_longlong, "Q": ctypes.c_ulonglong,
    "f": ctypes.c_float, "d": ctypes.c_double,
}


def _type_of(typecode_or_type):
    return typecode_to_type.get(typecode_or_type, typecode_or_type)


def _codec(type_):
    """struct format of one item, and how to turn values into it and back."""
    code = type_._type_
    if code == "u":                      # wchar_t: 4 bytes here
        return "I", ord, chr
    if code == "c":
        return "c", lambda v: v, lambda v: v
    return code, lambda v: v, lambda v: v


class RawValueObj:
    def __init__(self, type_, seg):
        self._type = type_
        self._seg = seg
        fmt, self._to, self._from = _codec(type_)
        self._struct = struct.Struct(fmt)

    @property
    def value(self):
        return self._from(self._struct.unpack(shm.read(self._seg, 0, self._struct.size))[0])

    @value.setter
    def value(self, v):
        shm.write(self._seg, 0, self._struct.pack(self._to(self._type(v).value)))

    def __repr__(self):
        return "%s(%r)" % (self._type.__name__, self.value)

    def __reduce__(self):
        return (_rebuild_value, (self._type, self._seg))


class RawArrayObj:
    def __init__(self, type_, length, seg):
        self._type = type_
        self._length = length
        self._seg = seg
        fmt, self._to, self._from = _codec(type_)
        self._item = struct.Struct(fmt)

    def __len__(self):
        return self._length

    def _all(self):
        size = self._item.size
        data = shm.read(self._seg, 0, size * self._length)
        return [self._from(v[0]) for v in self._item.iter_unpack(data)]

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = self._all()[i]
            return b"".join(items) if self._type is ctypes.c_char else items
        i = self._index(i)
        size = self._item.size
        return self._from(self._item.unpack(shm.read(self._seg, i * size, size))[0])

    def __setitem__(self, i, value):
        size = self._item.size
        if isinstance(i, slice):
            indexes = range(*i.indices(self._length))
            values = list(value)
            if len(values) != len(indexes):
                raise ValueError("Can only assign sequence of same size")
            for j, v in zip(indexes, values):
                self[j] = v
            return
        i = self._index(i)
        shm.write(self._seg, i * size, self._item.pack(self._to(self._type(value).value)))

    def _index(self, i):
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError("invalid index")
        return i

    def __iter__(self):
        return iter(self._all())

    # c_char arrays (Array('c', ...)): bytes up to the first NUL, and all of them
    @property
    def value(self):
        return self[:].split(b"\0", 1)[0]

    @value.setter
    def value(self, v):
        if len(v) > self._length:
            raise ValueError("byte string too long")
        self[:len(v)] = [bytes([b]) for b in v]
        if len(v) < self._length:
            self[len(v)] = b"\0"

    @property
    def raw(self):
        return self[:]

    @raw.setter
    def raw(self, v):
        self[:len(v)] = [bytes([b]) for b in v]

    def __repr__(self):
        return "<%s_Array_%d object>" % (self._type.__name__, self._length)

    def __reduce__(self):
        return (_rebuild_array, (self._type, self._length, self._seg))


def _rebuild_value(type_, seg):
    return RawValueObj(type_, shm.ensure(seg))


def _rebuild_array(type_, length, seg):
    return RawArrayObj(type_, length, shm.ensure(seg))


def RawValue(typecode_or_type, *args):
    type_ = _type_of(typecode_or_type)
    obj = RawValueObj(type_, shm.new(ctypes.sizeof(type_)))
    obj.value = type_(*args).value
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    type_ = _type_of(typecode_or_type)
    if isinstance(size_or_initializer, int):
        length, init = size_or_initializer, None
    else:
        init = list(size_or_initializer)
        length = len(init)
    obj = RawArrayObj(type_, length, shm.new(ctypes.sizeof(type_) * max(length, 1)))
    if init:
        if type_ is ctypes.c_char:
            init = [bytes([b]) if isinstance(b, int) else b for b in init]
        obj[:] = init
    return obj
