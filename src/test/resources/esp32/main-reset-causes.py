# Walks the board through each restart it makes of itself, one per boot, each chosen by the
# cause machine.reset_cause() gives for the boot before: power-on, deep sleep, machine.reset(),
# the watchdog; then the LED goes on. A wrong cause anywhere stops the walk.
import machine
import time

cause = machine.reset_cause()
print("reset_cause=%d wake_reason=%d" % (cause, machine.wake_reason()))
if cause == machine.PWRON_RESET:
    machine.deepsleep(500)
elif cause == machine.DEEPSLEEP_RESET:
    machine.reset()
elif cause == machine.HARD_RESET:
    wdt = machine.WDT(timeout=1000)
    while True:
        time.sleep(1)  # never fed
elif cause == machine.WDT_RESET:
    machine.Pin(2, machine.Pin.OUT).on()
