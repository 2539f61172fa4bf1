# os as the ESP32 port shows it: uname() as v1.13's esp32 reports it, and dupterm(), which
# attaches a second terminal to the console (the REPL's output goes to it; what it types reaches
# the REPL when its owner hands it over, as WebREPL does). Everything else is the Unix port's os
# (the flash is /flash).
import os as _real

import dupterm as _terminal


class _UnameResult(tuple):
    # a tuple with names, as the port's attrtuple
    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return "(sysname=%r, nodename=%r, release=%r, version=%r, machine=%r)" % tuple(self)

    __str__ = __repr__


_UNAME = _UnameResult(("esp32", "esp32", "1.13.0", "v1.13 on 2020-09-02", "ESP32 module with ESP32"))


def uname():
    return _UNAME


def dupterm(stream, index=0):
    if index != 0:
        raise ValueError("invalid dupterm index")
    return _terminal.dupterm(stream)


def __getattr__(name):
    return getattr(_real, name)
