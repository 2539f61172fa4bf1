# machine as v1.13's ESP32 port has it: UART 0 is the REPL, UART 2 the PPP line (the network
# stack owns its pins), UART 1 is free with nothing attached; RTC starts at 2000-01-01 on
# power-on, as the ESP32's does. The chip's own: its clock, its MAC (the WiFi station's, as
# unique_id), its reset reason (power.py) and its sleeps. Pin, Timer, WDT and the peripherals
# with nothing attached are modules of their own; Signal and time_pulse_us are the Unix port's,
# which work on any Pin.
import _thread
import os
import select
import sys
import time as _time

import board
import builtin
import callbacks
import machine_uart2
import power
from machine_pin import Pin
from machine_timer import Timer
from machine_unattached import ADC, I2C, PWM, SDCard, SPI, TouchPad
from machine_wdt import WDT

_unix = builtin.load("machine")
# the host's clock (1970 epoch), which the RTC counts from; its sleeps serve no callback
_clock = builtin.load("time")
Signal = _unix.Signal
time_pulse_us = _unix.time_pulse_us

# reset causes and wake reasons: v1.13's numbers, and ESP-IDF's esp_sleep_source_t for the wakes
PWRON_RESET, HARD_RESET, WDT_RESET, DEEPSLEEP_RESET, SOFT_RESET = 1, 2, 3, 4, 5
PIN_WAKE = EXT0_WAKE = 2
EXT1_WAKE, TIMER_WAKE, TOUCHPAD_WAKE, ULP_WAKE = 3, 4, 5, 6
SLEEP, DEEPSLEEP = 2, 4  # what a wake source can wake from (Pin.irq's wake=)

# esp_reset_reason() to reset_cause() as v1.13 maps them: esp_restart() and a panic are HARD_RESET,
# the EN button is a power-on to the chip; SOFT_RESET is never the chip's reason
_CAUSES = {"poweron": PWRON_RESET, "brownout": PWRON_RESET, "sw": HARD_RESET, "panic": HARD_RESET,
           "task_wdt": WDT_RESET, "int_wdt": WDT_RESET, "deepsleep": DEEPSLEEP_RESET}
_FREQS_MHZ = (20, 40, 80, 160, 240)
_cpu_hz = [240000000]
_light_slept = [False]


class UART:
    _KEEP = object()  # init()'s arguments not given: the UART keeps what it has, as v1.13's

    def __init__(self, id, baudrate=115200, bits=8, parity=None, stop=1, **kw):
        if id not in (0, 1, 2):
            raise ValueError("UART(%d) does not exist" % id)
        self.id = id
        self.baudrate, self.bits, self.parity, self.stop, self.timeout = 115200, 8, None, 1, 0
        # v1.13 configures the UART as it makes the object: 115200 8N1 unless told otherwise
        self.init(baudrate, bits, parity, stop, **kw)

    def init(self, baudrate=_KEEP, bits=_KEEP, parity=_KEEP, stop=_KEEP, tx=None, rx=None, timeout=_KEEP, **kw):
        for name, value in (("baudrate", baudrate), ("bits", bits), ("parity", parity), ("stop", stop),
                            ("timeout", timeout)):
            if value is not UART._KEEP:
                setattr(self, name, value)
        if self.id == 2:
            board.event(board.UART2_INIT, "baudrate=%d bits=%d parity=%s stop=%d" % (
                self.baudrate, self.bits, self.parity, self.stop))
            machine_uart2.announce_rate(self.baudrate)

    def _console(self):
        """True for UART 0, the REPL's console; UART1 has nothing attached (reads give None);
        UART2 is the stack's line (machine_uart2)."""
        return self.id == 0

    def write(self, data):
        if self.id == 2:
            return machine_uart2.write(data)
        return sys.stdout.write(data) if self._console() else len(data)

    def read(self, n=-1):
        if self.id == 2:
            return machine_uart2.read(n, self.timeout)
        return sys.stdin.buffer.read(n) if self._console() else None

    def readline(self):
        if self.id == 2:
            return machine_uart2.readline(self.timeout)
        return sys.stdin.buffer.readline() if self._console() else None

    def readinto(self, buf):
        if self.id == 2:
            return machine_uart2.readinto(buf, self.timeout)
        return sys.stdin.buffer.readinto(buf) if self._console() else None

    def any(self):
        if self.id == 2:
            return machine_uart2.any()
        if not self._console():
            return 0
        waiting = select.poll()
        waiting.register(sys.stdin, select.POLLIN)
        return len(waiting.poll(0))

    def __repr__(self):
        return "UART(%d, baudrate=%d, bits=%d, parity=%s, stop=%d)" % (
            self.id, self.baudrate, self.bits, self.parity, self.stop)


# seconds between the host's clock and the board's RTC (2000-01-01 at power-on)
_rtc_offset = [_clock.mktime((2000, 1, 1, 0, 0, 0, 0, 0)) - _clock.time()]


def rtc_seconds(host_seconds=None):
    """The RTC's time, in the host's epoch: what time.localtime() reads, as on the ESP32; at the
    host clock's reading host_seconds (now by default), as the RTC is set now."""
    return int((_clock.time() if host_seconds is None else host_seconds) + _rtc_offset[0])


class RTC:
    def datetime(self, dt=None):
        if dt is None:
            t = _clock.localtime(rtc_seconds())
            # (year, month, day, weekday, hours, minutes, seconds, subseconds)
            return (t[0], t[1], t[2], t[6], t[3], t[4], t[5], 0)
        year, month, day, weekday, hours, minutes, seconds = dt[:7]
        _rtc_offset[0] = _clock.mktime((year, month, day, hours, minutes, seconds, 0, 0)) - _clock.time()
        board.event(board.RTC_SET, "%04d-%02d-%02d %02d:%02d:%02d" % (year, month, day, hours, minutes, seconds))


def reset():
    board.event(board.RESET, "machine.reset()")
    power.restart("sw")


def reset_cause():
    return _CAUSES.get(power.reset_reason(), 0)


def wake_reason():
    # what woke the chip from its last sleep: in the lab only a timer can
    return TIMER_WAKE if _light_slept[0] or power.reset_reason() == "deepsleep" else 0


def deepsleep(sleep_ms=0):
    """The board goes off (WiFi, PPP, everything) and boots again after sleep_ms (scaled as the
    lab's long waits are) with DEEPSLEEP_RESET; with no time, nothing in the lab wakes it but EN."""
    board.event(board.DEEPSLEEP, "%d ms" % sleep_ms if sleep_ms else "until EN")
    power.restart("deepsleep", int(_time.scaled(sleep_ms / 1000) * 1000) if sleep_ms else -1)


def lightsleep(sleep_ms=0):
    """The CPU pauses (no callback runs) and resumes after sleep_ms; with no time, never."""
    if not sleep_ms:
        never = _thread.allocate_lock()
        never.acquire()
        never.acquire()
    _clock.sleep_ms(int(_time.scaled(sleep_ms / 1000) * 1000))
    _light_slept[0] = True


sleep = lightsleep


def freq(hz=None):
    if hz is None:
        return _cpu_hz[0]
    if hz // 1000000 not in _FREQS_MHZ:
        raise ValueError("frequency must be 20MHz, 40MHz, 80Mhz, 160MHz or 240MHz")
    _cpu_hz[0] = hz // 1000000 * 1000000


def unique_id():
    return bytes(int(octet, 16) for octet in os.getenv("WLAN_MAC").split(":"))


def idle():
    # the ESP32 yields to its other tasks; here the callbacks due get their turn
    if callbacks.may_serve():
        callbacks.serve(0)


def disable_irq():
    return 0  # the interrupt level to give back to enable_irq: nothing here interrupts the board


def enable_irq(state):
    pass
