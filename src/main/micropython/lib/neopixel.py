# neopixel as v1.13's ESP32 firmware freezes it: the pixels' colours kept in a buffer in the
# order the LEDs take them (green, red, blue, white), sent on the pin by esp.neopixel_write. With
# nothing attached to the pin no LED shows them.
import esp


class NeoPixel:
    ORDER = (1, 0, 2, 3)

    def __init__(self, pin, n, bpp=3, timing=1):
        self.pin = pin
        self.n = n
        self.bpp = bpp
        self.timing = timing
        self.buf = bytearray(n * bpp)
        self.pin.init(pin.OUT)

    def __setitem__(self, index, value):
        offset = index * self.bpp
        for i in range(self.bpp):
            self.buf[offset + self.ORDER[i]] = value[i]

    def __getitem__(self, index):
        offset = index * self.bpp
        return tuple(self.buf[offset + self.ORDER[i]] for i in range(self.bpp))

    def fill(self, color):
        for i in range(self.n):
            self[i] = color

    def write(self):
        esp.neopixel_write(self.pin, self.buf, self.timing)
