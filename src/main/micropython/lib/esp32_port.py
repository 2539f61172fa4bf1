# What MicroPython v1.13's ESP32 port has and the Unix port lacks, put in place before boot.py:
# const() as a builtin, sys.platform 'esp32', micropython.alloc_emergency_exception_buf, and
# usocket/utime naming the board's socket and time shims. The built-in sys and micropython
# cannot be extended from Python, so their ESP32 faces are modules of their own (esp32_sys,
# esp32_micropython) that stand in for them in sys.modules; import looks there first, before the
# built-ins (which would also answer usocket and utime with the Unix port's own, not the shims).
import builtins
import sys


def const(value):
    return value


def install():
    builtins.const = const
    sys.modules["micropython"] = __import__("esp32_micropython")
    sys.modules["sys"] = __import__("esp32_sys")
    sys.modules["usocket"] = __import__("socket")
    sys.modules["utime"] = __import__("time")
