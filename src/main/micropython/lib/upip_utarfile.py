# upip_utarfile: reads a tar stream entry by entry, as upip needs it. MicroPython v1.13 froze a
# module of this name next to upip; 1.25 has no tar reader at all. The stream is read once, in
# order (a download being gunzipped cannot seek): each entry's data is read or skipped before the
# next header. Headers as ustar and GNU tar write them: name (with ustar's prefix, or a GNU long
# name entry before it), size in octal, type; entries of other types are skipped.
BLOCK = 512
FILE = "0"
DIRECTORY = "5"
_OLD_FILE = "\0"  # pre-POSIX tar's type of a plain file
_GNU_LONG_NAME = "L"


def _read_exactly(stream, size):
    data = b""
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            break
        data += chunk
    return data


def _text(field):
    return field.split(b"\0", 1)[0].decode()


def _octal(field):
    digits = _text(field).strip()
    return int(digits, 8) if digits else 0


class Entry:
    """One member of the archive: its name, type and size; its data is read from the archive."""

    def __init__(self, stream, name, type, size):
        self._stream = stream
        self.name = name
        self.type = type
        self.size = size
        self._left = size

    def readinto(self, buffer):
        n = min(len(buffer), self._left)
        if n == 0:
            return 0
        n = self._stream.readinto(memoryview(buffer)[:n])
        self._left -= n
        return n

    def read(self):
        data = _read_exactly(self._stream, self._left)
        self._left -= len(data)
        return data

    def skip(self):
        """Moves the archive past this entry's data and the padding of its last block."""
        padding = -self.size % BLOCK
        self._left += padding
        while self._left:
            chunk = self._stream.read(min(self._left, BLOCK))
            if not chunk:
                raise ValueError("tar: archive ends inside %s" % self.name)
            self._left -= len(chunk)


def _entry(stream, header, long_name):
    name = long_name or _text(header[0:100])
    # POSIX ustar's magic; GNU tar's ("ustar  ") keeps other fields where ustar has the prefix
    prefix = _text(header[345:500]) if header[257:263] == b"ustar\0" else ""
    if prefix and not long_name:
        name = prefix + "/" + name
    type = chr(header[156])
    return Entry(stream, name, FILE if type == _OLD_FILE else type, _octal(header[124:136]))


def entries(stream):
    """The files and folders of the tar archive on stream, in order, up to its end blocks."""
    long_name = None
    while True:
        header = _read_exactly(stream, BLOCK)
        if len(header) < BLOCK or header == bytes(BLOCK):
            return
        entry = _entry(stream, header, long_name)
        long_name = None
        if entry.type == _GNU_LONG_NAME:
            long_name = _text(entry.read())
        elif entry.type in (FILE, DIRECTORY):
            yield entry
        entry.skip()
