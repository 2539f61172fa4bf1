# sys as the ESP32 port shows it: platform 'esp32'; everything else is the Unix port's sys.
import sys as _real

platform = "esp32"


def __getattr__(name):
    return getattr(_real, name)
