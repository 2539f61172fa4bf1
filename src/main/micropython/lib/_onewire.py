# _onewire, the ESP32 port's 1-Wire primitives, with nothing on the bus: no device answers a reset
# (no presence pulse), every read slot reads 1 (the pull-up holds the line high), writes reach no
# one. crc8 is the bus's CRC (Dallas/Maxim, x^8 + x^5 + x^4 + 1).


def reset(pin):
    return False


def readbit(pin):
    return 1


def readbyte(pin):
    return 0xFF


def writebit(pin, value):
    pass


def writebyte(pin, value):
    pass


def crc8(data):
    crc = 0
    for octet in data:
        for _ in range(8):
            mix = (crc ^ octet) & 1
            crc >>= 1
            if mix:
                crc ^= 0x8C
            octet >>= 1
    return crc
