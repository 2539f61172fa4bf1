# esp32 as v1.13's ESP32 port has it, with nothing attached: the chip's own sensors read as an
# idle chip on a desk reads them, and the wake sources are accepted (only the timer of
# machine.deepsleep wakes the lab's board). NVS, Partition, RMT and ULP are left out.
from machine_pin import Pin

WAKEUP_ALL_LOW = False
WAKEUP_ANY_HIGH = True

_IDLE_DIE_F = 128  # raw_temperature() is in degrees Fahrenheit: an idle ESP32's die, about 53 C
_NO_FIELD = 0  # the Hall sensor with no magnet near


def raw_temperature():
    return _IDLE_DIE_F


def hall_sensor():
    return _NO_FIELD


def wake_on_touch(wake):
    pass


def wake_on_ext0(pin=None, level=0):
    if pin is not None and not isinstance(pin, Pin):
        raise ValueError("expecting a pin")


def wake_on_ext1(pins=None, level=0):
    for pin in pins or ():
        if not isinstance(pin, Pin):
            raise ValueError("expecting a pin")
