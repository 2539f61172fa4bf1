# The peripherals of machine with nothing attached to their pins, constructed as v1.13's ESP32
# port constructs them (same arguments, same refusals), so that a script that sets them up runs.
# What they read is what an unconnected pin gives: no I2C device answers its address (OSError
# ENODEV, as the port's NACK is), an undriven SPI MISO and ADC input read 0 (an open input
# settles low here, as machine.Pin's does), an untouched pad reads high (touching lowers it), and
# the SD card slot is empty.
import errno

from machine_pin import Pin

_ADC_GPIOS = (32, 33, 34, 35, 36, 37, 38, 39)
_TOUCH_GPIOS = (0, 2, 4, 12, 13, 14, 15, 27, 32, 33)
_UNTOUCHED = 1000  # an order of magnitude ESP32 pads read with nothing near them
_pwm = {"freq": 5000}  # one LEDC timer drives every PWM pin, as on the port


def _gpio(pin):
    if not isinstance(pin, Pin):
        raise ValueError("expecting a pin")
    return pin._id


class I2C:
    def __init__(self, id=-1, *, scl=None, sda=None, freq=400000, timeout=None):
        if id == -1 and (scl is None or sda is None):
            raise TypeError("'%s' argument required" % ("scl" if scl is None else "sda"))
        if id not in (-1, 0, 1):
            raise ValueError("I2C(%d) doesn't exist" % id)

    def init(self, *args, **kwargs):
        pass

    def scan(self):
        return []

    def _nobody_answers(self, *args, **kwargs):
        raise OSError(errno.ENODEV)

    readfrom = readfrom_into = writeto = writevto = _nobody_answers
    readfrom_mem = readfrom_mem_into = writeto_mem = _nobody_answers


class SPI:
    def __init__(self, id, baudrate=500000, *, polarity=0, phase=0, bits=8, firstbit=0, sck=None, mosi=None,
                 miso=None):
        if id == -1 and None in (sck, mosi, miso):
            raise ValueError("must specify all of sck/mosi/miso")
        if id not in (-1, 1, 2):
            raise ValueError("SPI ID must be either HSPI(1) or VSPI(2)")

    def init(self, *args, **kwargs):
        pass

    def deinit(self):
        pass

    def read(self, nbytes, write=0):
        return bytes(nbytes)

    def readinto(self, buf, write=0):
        buf[:] = bytes(len(buf))

    def write(self, buf):
        pass

    def write_readinto(self, write_buf, read_buf):
        self.readinto(read_buf)


class ADC:
    ATTN_0DB, ATTN_2_5DB, ATTN_6DB, ATTN_11DB = 0, 1, 2, 3
    WIDTH_9BIT, WIDTH_10BIT, WIDTH_11BIT, WIDTH_12BIT = 0, 1, 2, 3

    def __init__(self, pin):
        if _gpio(pin) not in _ADC_GPIOS:
            raise ValueError("invalid Pin for ADC")
        self._pin = pin

    def read(self):
        return 0

    def read_u16(self):
        return 0

    def atten(self, attenuation):
        pass

    @classmethod
    def width(cls, bits):
        pass

    def __repr__(self):
        return "ADC(%r)" % self._pin


class PWM:
    def __init__(self, pin, freq=-1, duty=-1):
        self._gpio = _gpio(pin)
        self._duty = 512  # the port starts a channel at half of its 10 bits
        self.init(freq, duty)

    def init(self, freq=-1, duty=-1):
        if freq != -1:
            self.freq(freq)
        if duty != -1:
            self.duty(duty)

    def freq(self, value=None):
        if value is None:
            return _pwm["freq"]
        if not 0 < value <= 40000000:
            raise ValueError("bad frequency %d" % value)
        _pwm["freq"] = value

    def duty(self, value=None):
        if value is None:
            return self._duty
        self._duty = value & 1023

    def deinit(self):
        pass

    def __repr__(self):
        return "PWM(%d, freq=%d, duty=%d)" % (self._gpio, _pwm["freq"], self._duty)


class TouchPad:
    def __init__(self, pin):
        if _gpio(pin) not in _TOUCH_GPIOS:
            raise ValueError("invalid pin for touchpad")

    def config(self, value):
        pass

    def read(self):
        return _UNTOUCHED


class SDCard:
    """The card slot, empty: constructing it is fine (the port sets up its host only); the card's
    own first answer is what fails, as ESP-IDF's sdmmc times out waiting for one."""

    def __init__(self, slot=1, width=1, cd=None, wp=None, sck=None, miso=None, mosi=None, cs=None,
                 freq=20000000):
        if slot not in (0, 1, 2, 3):
            raise ValueError("Slot number must be between 0 and 3 inclusive")
        if width not in (1, 4, 8):
            raise ValueError("Width must be 1, 4 or 8")

    def _no_card(self, *args):
        raise OSError(errno.ETIMEDOUT)

    info = readblocks = writeblocks = ioctl = _no_card

    def deinit(self):
        pass
