# time, as on the board, with long waits shortened by the lab's time scale (BOARD_TIME_SCALE),
# so a user's time.sleep(50) in main.py runs unchanged. Only waits of LONG_WAIT_S or more are
# scaled: short ones pace polling loops (wait for WiFi, retry) whose count would change.
# The sockets' callbacks run during a sleep, as the ESP32's scheduler runs them between
# bytecodes, so a main.py that starts a callback server and sleeps in a loop serves clients.
# The clock is the board's RTC and its epoch the ESP32's, 2000-01-01: time() counts seconds since
# then (a few at power-on, until ntptime sets the RTC), and localtime(), gmtime() (the same: the
# board has no time zone) and mktime() take and give seconds of that epoch. Everything else is
# MicroPython's own.
import os

import builtin
import callbacks

_real = builtin.load("time")

_scale = float(os.getenv("BOARD_TIME_SCALE") or "1")
LONG_WAIT_S = 5


def scaled(seconds):
    return seconds * _scale if seconds >= LONG_WAIT_S else seconds


def _wait_us(us):
    ms, rest = divmod(us, 1000)
    if callbacks.may_serve():
        deadline = _real.ticks_add(_real.ticks_ms(), ms)
        while ms > 0:
            callbacks.serve(ms)
            ms = _real.ticks_diff(deadline, _real.ticks_ms())
    else:
        _real.sleep_ms(ms)
    _real.sleep_us(rest)


def sleep(seconds):
    _wait_us(int(scaled(seconds) * 1000000))


def sleep_ms(ms):
    _wait_us(int(scaled(ms / 1000) * 1000000))


def sleep_us(us):
    _wait_us(int(scaled(us / 1000000) * 1000000))


# seconds from the host's epoch to the ESP32's (2000)
EPOCH_2000 = _real.mktime((2000, 1, 1, 0, 0, 0, 0, 0))


def _rtc(host_seconds=None):
    import machine  # here, not above: machine imports time

    return machine.rtc_seconds(host_seconds)


def time():
    return _rtc() - EPOCH_2000


def localtime(seconds=None):
    return _real.localtime(_rtc() if seconds is None else int(seconds) + EPOCH_2000)


gmtime = localtime


def of_host(seconds):
    """The board's time of a reading of the host's clock (a file's mtime); 0 for one before 2000."""
    return max(0, _rtc(seconds) - EPOCH_2000)


def mktime(fields):
    return _real.mktime(fields) - EPOCH_2000


def __getattr__(name):
    return getattr(_real, name)
