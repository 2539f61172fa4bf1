# os as the ESP32 port shows it: uname() as v1.13's esp32 reports it, dupterm(), which
# attaches a second terminal to the console (the REPL's output goes to it; what it types reaches
# the REPL when dupterm_notify() is called, as v1.13's esp32 port reads it), and the file system
# of the flash as its root (flash.py): paths are the ESP32's, and stat() answers as v1.13's littlefs does, the type
# alone in st_mode, the time of the last write in the board's epoch (2000). Everything else is the
# Unix port's os.
import os as _real

from attrtuple import attrtuple
import dupterm as _terminal
import flash as _flash
import time as _time

_S_IFDIR, _S_IFREG = 0x4000, 0x8000
_UNAME = attrtuple(("sysname", "nodename", "release", "version", "machine"),
                   ("esp32", "esp32", "1.13.0", "v1.13 on 2020-09-02", "ESP32 module with ESP32"))


def uname():
    return _UNAME


def dupterm(stream, index=0):
    if index != 0:
        raise ValueError("invalid dupterm index")
    return _terminal.dupterm(stream)


def dupterm_notify(obj):
    """Reads what the attached terminal has into the REPL's input; obj is ignored (a socket
    callback passes its socket)."""
    _terminal.notify(obj)


def getcwd():
    return _flash.cwd()


def chdir(path):
    _real.chdir(_flash.host(path))


def mkdir(path):
    _real.mkdir(_flash.host(path))


def rmdir(path):
    _real.rmdir(_flash.host(path))


def remove(path):
    _real.remove(_flash.host(path))


def rename(old, new):
    _real.rename(_flash.host(old), _flash.host(new))


def statvfs(path):
    return _real.statvfs(_flash.host(path))


def _stat(host_path):
    found = _real.stat(host_path)
    if found[0] & _S_IFDIR:
        return (_S_IFDIR, 0, 0, 0, 0, 0, 0, 0, 0, 0)  # littlefs keeps no size or time of a folder
    written = _time.of_host(found[8])
    return (_S_IFREG, 0, 0, 0, 0, 0, found[6], written, written, written)


def stat(path):
    return _stat(_flash.host(path))


def _listed(folder, name):
    found = _stat(folder + "/" + name)
    return name, found[0], 0, found[6]


def ilistdir(path="."):
    # (name, type, inode, size) as littlefs lists: inode 0, a folder's size 0; a folder that is
    # not there raises at once, not at the first entry
    folder = _flash.host(path)
    return (_listed(folder, entry[0]) for entry in _real.ilistdir(folder))


def listdir(path="."):
    return [entry[0] for entry in ilistdir(path)]


def __getattr__(name):
    return getattr(_real, name)
