# machine.WDT as v1.13's ESP32 port has it: ESP-IDF's task watchdog on MicroPython's task, in
# whole seconds (timeout // 1000), which panics when not fed in time: ESP-IDF prints why, and the
# chip restarts with the reason task_wdt (machine.reset_cause() is WDT_RESET). A thread of its own
# sleeps until the deadline (feeding moves it); like the chip's timer it counts in real time, not
# in the lab's time scale.
import _thread
import sys

import board
import builtin
import power

_clock = builtin.load("time")  # real sleeps: the board's would serve callbacks and scale long waits


class WDT:
    _running = None  # the one task watchdog, once started

    def __new__(cls, id=0, timeout=5000):
        return WDT._running or object.__new__(cls)

    def __init__(self, id=0, timeout=5000):
        if id != 0:
            raise ValueError
        if timeout // 1000 <= 0:
            raise ValueError("WDT timeout too short")
        self._timeout_ms = timeout // 1000 * 1000
        self.feed()
        if WDT._running is None:
            WDT._running = self
            _thread.start_new_thread(self._watch, ())

    def feed(self):
        self._deadline = _clock.ticks_add(_clock.ticks_ms(), self._timeout_ms)

    def _watch(self):
        while True:
            left = _clock.ticks_diff(self._deadline, _clock.ticks_ms())
            if left <= 0:
                break
            _clock.sleep_ms(left)
        sys.stdout.write("E (%d) task_wdt: Task watchdog got triggered. The following tasks did not reset"
                         " the watchdog in time:\nE (%d) task_wdt:  - mp_task (CPU 1)\n"
                         "E (%d) task_wdt: Aborting.\n\nRebooting...\n" % ((_clock.ticks_ms(),) * 3))
        board.event(board.WATCHDOG, "not fed for %d ms" % self._timeout_ms)
        power.restart("task_wdt")
