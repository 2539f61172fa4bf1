# micropython as the ESP32 port offers it: the Unix port's, with alloc_emergency_exception_buf,
# which has nothing to do here (an exception in a callback allocates as any other), and
# kbd_intr, the UART0 interrupt character of the code running now (interrupt.py; the Unix port's
# own would take SIGINT's handler away).
import micropython as _real

from interrupt import kbd_intr  # noqa: F401  the board's


def alloc_emergency_exception_buf(size):
    pass


def __getattr__(name):
    return getattr(_real, name)
