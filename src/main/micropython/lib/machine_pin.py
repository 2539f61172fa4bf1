# machine.Pin as v1.13's ESP32 port has it, with nothing attached to any pin: an output reads
# back what it drives, an input reads its pull (PULL_UP 1, else 0: an open input settles low
# here). The state is the GPIO's, shared by every Pin object of that number, as on the chip.
# GPIO 2 drives the LED of many ESP32 boards: its level, when driven, is an event for the harness.
import builtin
import board

_GPIOS = set(range(0, 20)) | {21, 22, 23, 25, 26, 27} | set(range(32, 40))
_INPUT_ONLY = 34  # GPIOs 34-39 have no output driver
_LED = 2
_OUTPUT = 2  # the mode's output bit (ESP-IDF's GPIO_MODE_DEF_OUTPUT)
_OPEN_DRAIN = 4  # the mode's open-drain bit (GPIO_MODE_DEF_OD)

_mode = {}  # gpio -> mode, once set
_pull = {}  # gpio -> pull bits
_level = {}  # gpio -> the level its output register holds
_led_shown = ["off"]  # dark at power-on: only a change is news


class Pin(builtin.load("machine").PinBase):
    # ESP-IDF's values: gpio_mode_t, v1.13's pull bits, gpio_int_type_t
    IN = 1
    OUT = 3
    OPEN_DRAIN = 7
    PULL_DOWN = 1
    PULL_UP = 2
    PULL_HOLD = 4
    IRQ_RISING = 1
    IRQ_FALLING = 2
    WAKE_LOW = 4
    WAKE_HIGH = 5

    def __init__(self, id, *args, **kwargs):
        if not isinstance(id, int):
            raise TypeError("can't convert %s to int" % type(id).__name__)
        if id not in _GPIOS:
            raise ValueError("invalid pin")
        self._id = id
        if args or kwargs:
            self.init(*args, **kwargs)

    def init(self, mode=None, pull=-1, *, value=None):
        if value is not None:
            _level[self._id] = 1 if value else 0
        if mode is not None:
            if self._id >= _INPUT_ONLY and mode & _OUTPUT:
                raise ValueError("pin can only be input")
            _mode[self._id] = mode
        if pull != -1:
            _pull[self._id] = pull or 0
        self._show_led()

    def value(self, x=None):
        if x is None:
            return self._read()
        _level[self._id] = 1 if x else 0
        self._show_led()

    def __call__(self, x=None):
        return self.value(x)

    def on(self):
        self.value(1)

    def off(self):
        self.value(0)

    def irq(self, handler=None, trigger=IRQ_RISING | IRQ_FALLING, wake=None):
        # accepted: no edge ever comes on a pin with nothing attached
        return _IRQ(trigger)

    def __repr__(self):
        return "Pin(%d)" % self._id

    def _read(self):
        mode = _mode.get(self._id, 0)
        driven = _level.get(self._id, 0)
        if mode & _OUTPUT and not (mode & _OPEN_DRAIN and driven):
            return driven
        return 1 if _pull.get(self._id, 0) & Pin.PULL_UP else 0

    def _show_led(self):
        if self._id == _LED and _mode.get(_LED, 0) & _OUTPUT:
            shown = "on" if self._read() else "off"
            if shown != _led_shown[0]:
                _led_shown[0] = shown
                board.event(board.LED, shown)


class _IRQ:
    def __init__(self, trigger):
        self._trigger = trigger

    def trigger(self, value=None):
        old = self._trigger
        if value is not None:
            self._trigger = value
        return old
