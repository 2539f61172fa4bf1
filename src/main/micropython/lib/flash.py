# The flash as the ESP32 names its files: its root '/' is the host folder FOLDER, so '/main.py' is
# /flash/main.py and '/lib' is /flash/lib. A relative path counts from the current folder, which
# is always one of the flash's; '..' stops at '/', as nothing is above the flash's root on the
# board. open() here is the ESP32's builtin open; io.open stays the host's.
import io

import builtin

FOLDER = "/flash"
_host = builtin.load("os")


def resolve(path, folder):
    """The absolute ESP32 path of path, seen from the ESP32 folder folder."""
    parts = []
    for part in (path if path.startswith("/") else folder + "/" + path).split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part and part != ".":
            parts.append(part)
    return "/" + "/".join(parts)


def cwd():
    """The current folder as the ESP32 names it; '/' while the host's is not on the flash."""
    here = _host.getcwd()
    if here.startswith(FOLDER + "/"):
        return here[len(FOLDER):]
    return "/"


def host(path):
    """The host's path of the ESP32's path."""
    if isinstance(path, bytes):
        path = path.decode()
    return (FOLDER + resolve(path, cwd())).rstrip("/")


def mount_lib():
    """Mounts the flash's lib at '/lib' for MicroPython (its imports, the Unix port's os and
    io.open), so that '/lib' on sys.path finds the modules there, as on the ESP32. The host's
    own /lib holds the C libraries, which only the dynamic loader (ffi) reads."""
    _host.mount(_host.VfsPosix(FOLDER + "/lib"), "/lib")


def open(file, *args, **kwargs):
    """builtins.open as the ESP32's: file is an ESP32 path (a file descriptor passes unchanged)."""
    return io.open(host(file) if isinstance(file, (str, bytes)) else file, *args, **kwargs)
