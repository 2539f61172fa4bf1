# btree as v1.13's ESP32 firmware has it: a sorted key-value store of bytes in a stream
# (btree.open(f)), read by key, by `in`, and in key order between bounds (keys, values, items,
# iteration; INCL takes the end key in, DESC walks backwards). The store is kept in memory and
# written to the stream at flush() and close(), in this board's own layout (length-prefixed
# records after a header), not Berkeley DB's: a file made by a real board does not open here.
import struct

INCL = 1
DESC = 2
_MAGIC = b"esp32ppp-btree\n"


def open(stream, flags=0, pagesize=0, cachesize=0, minkeypage=0):
    return _BTree(stream)


def _octets(value):
    return value.encode() if isinstance(value, str) else bytes(value)


class _BTree:
    def __init__(self, stream):
        self._stream = stream
        self._items = {}
        stream.seek(0)
        if stream.read(len(_MAGIC)) == _MAGIC:
            (count,) = struct.unpack("<I", stream.read(4))
            for _ in range(count):
                key = stream.read(struct.unpack("<I", stream.read(4))[0])
                self._items[key] = stream.read(struct.unpack("<I", stream.read(4))[0])

    def __getitem__(self, key):
        return self._items[_octets(key)]

    def get(self, key, default=None):
        return self._items.get(_octets(key), default)

    def __setitem__(self, key, value):
        self._items[_octets(key)] = _octets(value)

    def __delitem__(self, key):
        del self._items[_octets(key)]

    def __contains__(self, key):
        return _octets(key) in self._items

    def __iter__(self):
        return iter(self._keys(None, None, 0))

    def keys(self, start=None, end=None, flags=0):
        return iter(self._keys(start, end, flags))

    def values(self, start=None, end=None, flags=0):
        return iter([self._items[k] for k in self._keys(start, end, flags)])

    def items(self, start=None, end=None, flags=0):
        return iter([(k, self._items[k]) for k in self._keys(start, end, flags)])

    def _keys(self, start, end, flags):
        keys = sorted(self._items)
        if flags & DESC:
            keys.reverse()
        start = None if start is None else _octets(start)
        end = None if end is None else _octets(end)
        chosen = []
        for key in keys:
            before_start = start is not None and (key > start if flags & DESC else key < start)
            past_end = end is not None and (key < end if flags & DESC else key > end)
            at_end = end is not None and key == end and not flags & INCL
            if not before_start and not past_end and not at_end:
                chosen.append(key)
        return chosen

    def flush(self):
        out = bytearray(_MAGIC) + struct.pack("<I", len(self._items))
        for key in sorted(self._items):
            value = self._items[key]
            out += struct.pack("<I", len(key)) + key + struct.pack("<I", len(value)) + value
        self._stream.seek(0)
        self._stream.write(out)
        self._stream.flush()

    def close(self):
        self.flush()
