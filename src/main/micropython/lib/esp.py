# esp as v1.13's ESP32 port has it, for what concerns the board as a whole: ESP-IDF's log level
# (nothing here logs through it) and the flash chip's size and where the user's part starts; and
# the bit-banged drivers the frozen neopixel and dht use, with nothing attached to the pin (the
# LEDs' bits go nowhere, no sensor answers). The raw flash (flash_read, flash_write,
# flash_erase) is left out: the flash is a folder here.
import errno
LOG_NONE, LOG_ERROR, LOG_WARNING, LOG_INFO, LOG_DEBUG, LOG_VERBOSE = 0, 1, 2, 3, 4, 5

_FLASH_SIZE = 4 * 1024 * 1024  # the 4 MB chip of the ESP32 modules v1.13's generic firmware is for
_USER_START = 0x200000  # v1.13's partition table puts the filesystem there


def osdebug(uart, level=None):
    # None sets ESP-IDF's logging to errors only, anything else to level: nothing here logs through it
    pass


def flash_size():
    return _FLASH_SIZE


def flash_user_start():
    return _USER_START


def neopixel_write(pin, buf, timing):
    pass


def dht_readinto(pin, buf):
    raise OSError(errno.ETIMEDOUT)
