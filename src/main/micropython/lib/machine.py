# machine, as far as the user's scripts need it: UART 0 is the REPL, UART 2 the PPP line (the
# network-stack model owns its pins); RTC starts at 2000-01-01 on power-on, as the ESP32's does.
import sys
from time import host as _time

import board


class UART:
    def __init__(self, id, baudrate=115200, bits=8, parity=None, stop=1, **kw):
        self.id = id
        self._configure(baudrate, bits, parity, stop)

    def _configure(self, baudrate, bits, parity, stop):
        self.baudrate = baudrate
        self.bits = bits
        self.parity = parity
        self.stop = stop

    def init(self, baudrate=115200, bits=8, parity=None, stop=1, tx=None, rx=None, **kw):
        self._configure(baudrate, bits, parity, stop)
        if self.id == 2:
            board.event(board.UART2_INIT, "baudrate=%d bits=%d parity=%s stop=%d" % (baudrate, bits, parity, stop))

    def write(self, data):
        if self.id != 0:
            raise OSError(16)  # EBUSY: the PPP stack owns UART2
        return sys.stdout.write(data)

    def read(self, n=-1):
        if self.id != 0:
            raise OSError(16)
        return sys.stdin.buffer.read(n)

    def __repr__(self):
        return "UART(%d, baudrate=%d, bits=%d, parity=%s, stop=%d)" % (
            self.id, self.baudrate, self.bits, self.parity, self.stop)


# seconds between the host's clock and the board's RTC (2000-01-01 at power-on)
_rtc_offset = [_time.mktime((2000, 1, 1, 0, 0, 0, 0, 0)) - _time.time()]


def rtc_seconds():
    """The RTC's time, in the host's epoch: what time.localtime() reads, as on the ESP32."""
    return int(_time.time() + _rtc_offset[0])


class RTC:
    def datetime(self, dt=None):
        if dt is None:
            t = _time.localtime(rtc_seconds())
            # (year, month, day, weekday, hours, minutes, seconds, subseconds)
            return (t[0], t[1], t[2], t[6], t[3], t[4], t[5], 0)
        year, month, day, weekday, hours, minutes, seconds = dt[:7]
        _rtc_offset[0] = _time.mktime((year, month, day, hours, minutes, seconds, 0, 0)) - _time.time()
        board.event(board.RTC_SET, "%04d-%02d-%02d %02d:%02d:%02d" % (year, month, day, hours, minutes, seconds))


def reset():
    board.event(board.RESET, "")
    sys.exit(0)
