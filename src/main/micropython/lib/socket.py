# socket, with the ESP32 port's face (MicroPython v1.13's esp32 modsocket) over the Unix port's:
# setsockopt(SOL_SOCKET, 20, handler) registers a callback that the board's loop calls with the
# socket when it becomes readable (a listening socket: when a client connects); handler None
# unregisters. Addresses are (host, port) tuples, host names resolved through the board's DNS;
# the Unix port's packed sockaddrs are still taken, as the board's own shims pass them.
# Each socket wraps a native one; io.IOBase with ioctl's fileno lets select.poll take the
# wrapper as it takes the native socket.
import errno
import io

import builtin
import callbacks
import soft_reset

_real = builtin.load("socket")

error = OSError
# what v1.13's esp32 usocket names beyond the Unix port's, with the numbers the native (Linux)
# sockets take: lwIP's IP_ADD_MEMBERSHIP is 3, but a user's code passes the name
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IP_ADD_MEMBERSHIP = 35
SO_REGISTER_HANDLER = 20  # the esp32 port's option number for the callback
_GET_FILENO = 10  # MP_STREAM_GET_FILENO, the ioctl select.poll asks a stream for its descriptor
_EAI_FAIL = -202  # what the ESP32's getaddrinfo raises for a name its DNS does not resolve
_ANY = {_real.AF_INET: "0.0.0.0", _real.AF_INET6: "::"}


def _resolve(host, port, family):
    try:
        return _real.getaddrinfo(host or _ANY[family], port, family, _real.SOCK_STREAM)[0][-1]
    except OSError:
        raise OSError(_EAI_FAIL)


def _native_address(address, family):
    # ("0.0.0.0", 80), ("example.com", 80), ("", 80) for any local address; packed passes as is
    return _resolve(address[0], address[1], family) if isinstance(address, tuple) else address


def _tuple_address(packed):
    family, ip, port = _real.sockaddr(packed)[:3]
    return _real.inet_ntop(family, ip), port


def getaddrinfo(host, port, af=0, type=0, proto=0, flags=0):
    """[(family, SOCK_STREAM, 0, '', (ip, port))]: one entry, as lwIP's getaddrinfo gives."""
    family = af or _real.AF_INET
    return [(family, _real.SOCK_STREAM, 0, "", _tuple_address(_resolve(host, port, family)))]


def sockaddr(address):
    """The Unix port's sockaddr(), taking the ESP32's (ip, port) tuples too."""
    if isinstance(address, tuple):
        address = _resolve(address[0], address[1], _real.AF_INET6 if ":" in address[0] else _real.AF_INET)
    return _real.sockaddr(address)


_open = {}  # id -> socket: what a soft reset closes


def _close_all():
    for sock in list(_open.values()):
        sock.close()


soft_reset.at_reset(_close_all)


class socket(io.IOBase):
    def __init__(self, af=_real.AF_INET, type=_real.SOCK_STREAM, proto=0, native=None):
        self._native = native if native is not None else _real.socket(af, type, proto)
        self._family = af
        _open[id(self)] = self
        self._timed = False  # a timeout is set: a wait that runs out is ETIMEDOUT, as lwIP's says

    def settimeout(self, seconds):
        self._timed = bool(seconds)
        self._native.settimeout(seconds)

    def setblocking(self, flag):
        self._timed = False
        self._native.setblocking(flag)

    def _waiting(self, operation, *args):
        # the Unix port says EAGAIN when a timeout runs out, the ESP32's modsocket ETIMEDOUT
        # (EAGAIN stays for a non-blocking socket, as there)
        try:
            return operation(*args)
        except OSError as e:
            if self._timed and e.args and e.args[0] == errno.EAGAIN:
                raise OSError(errno.ETIMEDOUT)
            raise

    def ioctl(self, request, arg):
        return self._native.fileno() if request == _GET_FILENO else -1

    def setsockopt(self, level, option, value):
        if level == _real.SOL_SOCKET and option == SO_REGISTER_HANDLER:
            if value is None:
                callbacks.unregister(self)
            else:
                callbacks.register(self, value)
            return
        self._native.setsockopt(level, option, value)

    def accept(self):
        client, address = self._waiting(self._native.accept)
        return socket(self._family, native=client), _tuple_address(address)

    def connect(self, address):
        self._native.connect(_native_address(address, self._family))

    def bind(self, address):
        self._native.bind(_native_address(address, self._family))

    def sendto(self, data, address):
        return self._native.sendto(data, _native_address(address, self._family))

    def recvfrom(self, size):
        data, address = self._waiting(self._native.recvfrom, size)
        return data, _tuple_address(address)

    def recv(self, size):
        return self._waiting(self._native.recv, size)

    def read(self, *size):
        return self._waiting(self._native.read, *size)

    def readline(self, *size):
        return self._waiting(self._native.readline, *size)

    def readinto(self, *buffer_and_size):
        return self._waiting(self._native.readinto, *buffer_and_size)

    def send(self, data):
        return self._waiting(self._native.send, data)

    def write(self, *data_and_size):
        return self._waiting(self._native.write, *data_and_size)

    def sendall(self, data):
        # the ESP32's lwIP sockets have it, the Unix port's do not: send until all is gone
        data = memoryview(data.encode() if isinstance(data, str) else data)
        while data:
            data = data[self.send(data):]

    def close(self):
        _open.pop(id(self), None)
        callbacks.unregister(self)
        self._native.close()

    def __getattr__(self, name):
        return getattr(self._native, name)


def __getattr__(name):
    return getattr(_real, name)
