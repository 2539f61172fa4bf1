# The board's soft reset (Ctrl-D at an empty prompt), as v1.13's ESP32 port does it: what the
# program made is freed, each kind by its finaliser (sockets closed, their callbacks and the
# timers' gone, a PPP object's link closed as active(False) closes it, a second terminal let
# go), the program's own modules forgotten so that importing them runs them again; what lives
# below Python stays (the WiFi joined, the RTC, a watchdog). Then boot.py and main.py run again.
import sys

_finalisers = []


def at_reset(finaliser):
    """finaliser() runs at each soft reset, as the port's finalisers run when the heap is freed."""
    _finalisers.append(finaliser)


def run(board_modules):
    for finaliser in _finalisers:
        finaliser()
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", "")
        if path and not path.startswith(board_modules) and not path.startswith(".frozen"):
            del sys.modules[name]  # the program's own (the flash's, its /lib's)
