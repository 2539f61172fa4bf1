# apa106 as v1.13's ESP32 firmware freezes it: NeoPixel for LEDs that take red, green, blue.
from neopixel import NeoPixel


class APA106(NeoPixel):
    ORDER = (0, 1, 2, 3)
