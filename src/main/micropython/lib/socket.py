# socket, with the ESP32 port's face (MicroPython v1.13's esp32 modsocket) over the Unix port's:
# setsockopt(SOL_SOCKET, 20, handler) registers a callback that the board's loop calls with the
# socket when it becomes readable (a listening socket: when a client connects); handler None
# unregisters. Each socket wraps a native one; io.IOBase with ioctl's fileno lets select.poll
# take the wrapper as it takes the native socket.
import io
import sys

_path = sys.path[:]
sys.path[:] = []
_shim = sys.modules.pop("socket")
import socket as _real  # noqa: E402  the built-in module, now that the shim is out of the way
sys.modules["socket"] = _shim
sys.path[:] = _path

import callbacks  # noqa: E402

SO_REGISTER_HANDLER = 20  # the esp32 port's option number for the callback
_GET_FILENO = 10  # MP_STREAM_GET_FILENO, the ioctl select.poll asks a stream for its descriptor


class socket(io.IOBase):
    def __init__(self, af=_real.AF_INET, type=_real.SOCK_STREAM, proto=0, native=None):
        self._native = native if native is not None else _real.socket(af, type, proto)

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
        client, address = self._native.accept()
        return socket(native=client), address

    def close(self):
        callbacks.unregister(self)
        self._native.close()

    def __getattr__(self, name):
        return getattr(self._native, name)


def __getattr__(name):
    return getattr(_real, name)
