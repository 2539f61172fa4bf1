# What MicroPython v1.13's ESP32 port has and the Unix port lacks, put in place before boot.py:
# const() as a builtin, sys.platform 'esp32', micropython.alloc_emergency_exception_buf,
# os.uname(), os.dupterm() and the flash as the root of the file system (os's paths and the
# builtin open(): flash.py), usocket/utime/umachine naming the board's socket, time and
# machine shims. The built-in sys, micropython and os cannot be extended from Python, so their
# ESP32 faces are modules of their own (esp32_sys, esp32_micropython, esp32_os) that stand in for
# them in sys.modules; import looks there first, before the built-ins (which would also answer
# usocket, utime and umachine with the Unix port's own, not the shims). The Unix port lets builtins
# be replaced, as open() is; io.open stays the host's, which the shims use for their own files.
# sys.path is the ESP32's, ['', '/lib'], then the shims' folders, so a module on the flash wins
# and its __file__ is the ESP32's ('socksd.py', '/lib/socks.py').
import builtins
import sys

import flash


def const(value):
    return value


def install():
    builtins.const = const
    builtins.open = flash.open
    flash.mount_lib()
    sys.path[:] = ["", "/lib"] + [p for p in sys.path if p and not p.startswith(flash.FOLDER)]
    sys.modules["micropython"] = __import__("esp32_micropython")
    sys.modules["sys"] = __import__("esp32_sys")
    sys.modules["usocket"] = __import__("socket")
    sys.modules["utime"] = __import__("time")
    sys.modules["os"] = sys.modules["uos"] = __import__("esp32_os")
    sys.modules["umachine"] = __import__("machine")
