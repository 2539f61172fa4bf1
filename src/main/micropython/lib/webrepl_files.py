# The WebREPL's file protocol, as v1.13's firmware serves it on binary frames (the WebREPL
# page's "Send a file" / "Get a file", webrepl_cli.py): an 82-octet request "WA", type (1 put,
# 2 get, 3 version), flags, offset (8), size (4), name length (2), name (64), little-endian,
# which may come split over frames; each step answered "WB" and a 2-octet code (0: done).
# A put then takes size octets into the file; a get sends the file in chunks, each a 2-octet
# length and its octets, one for each octet the client sends to ask for it, then length 0.
import struct

REQUEST = "<2sBBQLH64s"
REQUEST_SIZE = struct.calcsize(REQUEST)
PUT = 1
GET = 2
VERSION = 3
_CHUNK = 512
_V1_13 = bytes((1, 13, 0))


def answer(code):
    return b"WB" + struct.pack("<H", code)


class Transfers:
    """One client's file requests: takes its binary frames, returns what to send back."""

    def __init__(self):
        self._request = b""
        self._file = None
        self._kind = None
        self._left = 0

    def take(self, data):
        """The binary frames' octets; returns the replies, in order."""
        if self._kind == PUT:
            return self._receive(data)
        if self._kind == GET:
            replies = []
            for _ in range(len(data)):  # a chunk for each octet the client sent to ask for one
                if self._kind != GET:
                    break
                replies += self._send_chunk()
            return replies
        self._request += data
        if len(self._request) < REQUEST_SIZE:
            return []
        request, rest = self._request[:REQUEST_SIZE], self._request[REQUEST_SIZE:]
        self._request = b""
        return self._start(request) + (self.take(rest) if rest else [])

    def _start(self, request):
        signature, kind, _, _, size, name_length, name = struct.unpack(REQUEST, request)
        if signature != b"WA":
            return [answer(1)]
        if kind == VERSION:
            return [_V1_13]
        if kind not in (PUT, GET):
            return [answer(1)]
        name = name[:name_length].decode()
        try:
            self._file = open(name, "wb" if kind == PUT else "rb")
        except OSError:
            return [answer(2)]
        self._kind, self._left = kind, size
        if kind == PUT:
            return [answer(0)] + self._finish_put_if_done()
        return [answer(0)]

    def _receive(self, data):
        part = data[:self._left]
        self._file.write(part)
        self._left -= len(part)
        return self._finish_put_if_done()

    def _finish_put_if_done(self):
        if self._left > 0:
            return []
        self._close()
        return [answer(0)]

    def _send_chunk(self):
        chunk = self._file.read(_CHUNK)
        if chunk:
            return [struct.pack("<H", len(chunk)) + chunk]
        self._close()
        return [struct.pack("<H", 0), answer(0)]

    def _close(self):
        self._file.close()
        self._file = None
        self._kind = None
