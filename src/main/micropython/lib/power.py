# The board's power, which start.sh switches as the ESP32 chip's reset does: the reason of this
# boot (BOARD_RESET_REASON: ESP-IDF's esp_reset_reason() in lower case without ESP_RST_, e.g.
# poweron, sw, panic, task_wdt, deepsleep) and the firmware's own restarts (esp_restart(), the
# task watchdog, deep sleep). A restart is written to start.sh's request file, signalled with
# SIGUSR2, and ends MicroPython at once from whichever thread asks, as the chip stops everything.
import ffi
import io
import os

_libc = ffi.open("libc.so.6")
_kill = _libc.func("i", "kill", "ii")
_exit = _libc.func("v", "_exit", "i")
_SIGUSR2 = 12


def reset_reason():
    return os.getenv("BOARD_RESET_REASON") or "poweron"


def restart(reason, off_ms=-1):
    """Powers the board off; start.sh powers it on again with that reset reason after off_ms
    (at once for 0; only when EN is pressed for -1: a deep sleep with no timer)."""
    with io.open(os.getenv("BOARD_RESTART_REQUEST"), "w") as request:
        request.write("%s %d\n" % (reason, off_ms))
    _kill(int(os.getenv("BOARD_POWER_PID")), _SIGUSR2)
    _exit(0)
