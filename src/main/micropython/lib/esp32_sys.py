# sys as the ESP32 port shows it: platform 'esp32', and print_exception as the board prints a
# traceback: the user's frames only (not the shims' that called them, which the ESP32 has in C)
# and files on the flash as the ESP32 names them, by the sys.path entry ('' or '/lib') that found
# them: main.py and socksd.py at the root, /lib/socks.py (not /flash/lib/socks.py).
# Everything else is the Unix port's sys.
import io
import sys as _real

import flash as _flash

platform = "esp32"
_BOARD = __file__.rsplit("/", 2)[0] + "/"  # the shims' folder's parent: run.py and lib/


def print_exception(exc, file=_real.stdout):
    text = io.StringIO()
    _real.print_exception(exc, text)
    for line in text.getvalue().splitlines():
        if not line.startswith('  File "' + _BOARD):
            line = line.replace('File "' + _flash.FOLDER + "/lib/", 'File "/lib/')
            file.write(line.replace('File "' + _flash.FOLDER + "/", 'File "') + "\n")


def __getattr__(name):
    return getattr(_real, name)
