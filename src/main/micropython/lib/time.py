# time, as on the board, with long waits shortened by the lab's time scale (BOARD_TIME_SCALE),
# so a user's time.sleep(50) in main.py runs unchanged. Only waits of LONG_WAIT_S or more are
# scaled: short ones pace polling loops (wait for WiFi, retry) whose count would change.
# localtime() reads the RTC, as on the board. Everything else is MicroPython's own.
import os
import sys

_path = sys.path[:]
sys.path[:] = []
_shim = sys.modules.pop("time")
import time as _real  # noqa: E402  the built-in module, now that the shim is out of the way
sys.modules["time"] = _shim
sys.path[:] = _path

_scale = float(os.getenv("BOARD_TIME_SCALE") or "1")
LONG_WAIT_S = 5


def scaled(seconds):
    return seconds * _scale if seconds >= LONG_WAIT_S else seconds


def sleep(seconds):
    _real.sleep(scaled(seconds))


def sleep_ms(ms):
    _real.sleep_ms(int(scaled(ms / 1000) * 1000))


def sleep_us(us):
    _real.sleep_us(int(scaled(us / 1000000) * 1000000))


def localtime(seconds=None):
    # without seconds, the RTC's time (2000-01-01 at power-on until set), as on the ESP32
    if seconds is None:
        import machine  # here, not above: machine imports time

        seconds = machine.rtc_seconds()
    return _real.localtime(seconds)


def __getattr__(name):
    return getattr(_real, name)
