# machine.Timer as v1.13's ESP32 port has it: four hardware timers (the id's two low bits), one
# object each; init(mode=PERIODIC, callback=f, period=ms) calls f(timer) from the board's loop
# (callbacks.py) at every period, or once for ONE_SHOT, as the port's interrupt schedules it.
# Alarms missed while the board was busy are dropped, as the port's full scheduler queue drops
# them. A period counts in real time: the lab's time scale shortens sleeps, not timers.
import callbacks
import time

_timers = {}  # hardware timer (id & 3) -> its Timer


class Timer:
    ONE_SHOT = 0
    PERIODIC = 1

    def __new__(cls, id):
        return _timers.get(id & 3) or object.__new__(cls)

    def __init__(self, id):
        _timers[id & 3] = self
        if not hasattr(self, "_started"):
            self._started = time.ticks_ms()

    def init(self, *, mode=PERIODIC, callback=None, period=0xFFFFFFFF, tick_hz=1000, freq=None):
        self._period_ms = int(1000 / freq if freq is not None else period * 1000 / tick_hz)
        self._periodic = mode
        self._callback = callback
        self._started = time.ticks_ms()
        self._arm(time.ticks_add(self._started, self._period_ms))

    def deinit(self):
        callbacks.cancel(self)

    def value(self):
        """Milliseconds counted since the timer started, or since its last alarm if periodic."""
        return time.ticks_diff(time.ticks_ms(), self._started)

    def _arm(self, due):
        self._due = due
        callbacks.alarm(self, due, Timer._ring)

    def _ring(self):
        if self._periodic:
            self._started = self._due
            now = time.ticks_ms()
            due = time.ticks_add(self._due, self._period_ms)
            self._arm(due if time.ticks_diff(due, now) > 0 else now)
        self._callback(self)
