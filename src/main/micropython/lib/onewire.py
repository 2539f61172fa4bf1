# onewire as v1.13's ESP32 firmware freezes it, over the port's _onewire primitives: resets,
# bits and bytes, ROM selection and the ROM search. With nothing on the bus, scan() finds no
# device and reset(required=True) raises OneWireError.
import _onewire as _ow


class OneWireError(Exception):
    pass


class OneWire:
    SEARCH_ROM = 0xF0
    MATCH_ROM = 0x55
    SKIP_ROM = 0xCC

    def __init__(self, pin):
        self.pin = pin
        self.pin.init(pin.OPEN_DRAIN, pin.PULL_UP)

    def reset(self, required=False):
        present = _ow.reset(self.pin)
        if required and not present:
            raise OneWireError
        return present

    def readbit(self):
        return _ow.readbit(self.pin)

    def readbyte(self):
        return _ow.readbyte(self.pin)

    def readinto(self, buf):
        for i in range(len(buf)):
            buf[i] = _ow.readbyte(self.pin)

    def writebit(self, value):
        return _ow.writebit(self.pin, value)

    def writebyte(self, value):
        return _ow.writebyte(self.pin, value)

    def write(self, buf):
        for octet in buf:
            _ow.writebyte(self.pin, octet)

    def select_rom(self, rom):
        self.reset()
        self.writebyte(self.MATCH_ROM)
        self.write(rom)

    def scan(self):
        devices = []
        rom, last = None, 65
        while True:
            rom, last = self._search_rom(rom, last)
            if rom:
                devices.append(rom)
            if not last:
                return devices

    def _search_rom(self, previous, last_discrepancy):
        """The next ROM of the search (None when no device answers) and where it forked last."""
        if not self.reset():
            return None, 0
        self.writebyte(self.SEARCH_ROM)
        rom = bytearray(8)
        discrepancy = 0
        position = 1
        for index in range(8):
            octet = 0
            for bit in range(8):
                value, complement = self.readbit(), self.readbit()
                if value and complement:  # no device took part
                    return None, 0
                if not value and not complement:  # devices differ here: take a branch
                    if position < last_discrepancy:
                        value = previous[index] >> bit & 1 if previous else 0
                    else:
                        value = 1 if position == last_discrepancy else 0
                    if not value:
                        discrepancy = position
                self.writebit(value)
                octet |= value << bit
                position += 1
            rom[index] = octet
        return rom, discrepancy

    def crc8(self, data):
        return _ow.crc8(data)
