# sys as the ESP32 port shows it: platform 'esp32', v1.13's version and implementation (mpy
# 10757: .mpy version 5, unicode strings, the xtensawin native architecture), and print_exception
# as the board prints a traceback: the user's frames only (not the shims' that called them, which the ESP32 has in C);
# files on the flash are named as the ESP32 names them (main.py, socksd.py, /lib/socks.py), since
# its sys.path is the ESP32's (esp32_port). Everything else is the Unix port's sys.
import io
import sys as _real

from attrtuple import attrtuple

platform = "esp32"
version = "3.4.0"


implementation = attrtuple(("name", "version", "mpy"), ("micropython", (1, 13, 0), 10757))
BOARD = __file__.rsplit("/", 2)[0] + "/"  # the shims' folder's parent: run.py and lib/


def print_exception(exc, file=_real.stdout):
    text = io.StringIO()
    _real.print_exception(exc, text)
    for line in text.getvalue().splitlines():
        if not line.startswith('  File "' + BOARD):
            file.write(line + "\n")


def __getattr__(name):
    return getattr(_real, name)
