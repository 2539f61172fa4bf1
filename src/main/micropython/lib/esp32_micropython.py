# micropython as the ESP32 port offers it: the Unix port's, with alloc_emergency_exception_buf,
# which has nothing to do here (an exception in a callback allocates as any other).
import micropython as _real


def alloc_emergency_exception_buf(size):
    pass


def __getattr__(name):
    return getattr(_real, name)
