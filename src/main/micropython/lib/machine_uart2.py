# UART2's line as the program meets it: the network stack holds the pty, so what the program
# writes goes through the stack (uart2-write) and what it reads comes from the stack's copy of
# ESP-IDF's receive buffer (uart2-read: 256 octets; what arrives once it is full is lost). Before
# connect() the program reads what arrived, as on the board; from connect() on network_ppp.c's
# task reads the UART and the program's reads find nothing. Reads wait up to the UART's timeout
# (ms, real time; 0 by default: what is there now, None for nothing), as v1.13's.
import binascii
import struct

import board
import builtin

_clock = builtin.load("time")
_CHUNK = 200  # octets per control line (its lines are 512 characters at the most)
_WAIT_MS = 20  # how often a read with a timeout looks again (a control line each time)
_taken = bytearray()  # octets out of the stack's buffer, not yet read by the program


def write(data):
    data = data.encode() if isinstance(data, str) else bytes(data)
    for start in range(0, len(data), _CHUNK):
        board.control("uart2-write %s" % binascii.hexlify(data[start:start + _CHUNK]).decode())
    return len(data)


def announce_rate(rate):
    """Puts the rate UART2 is now set to in UART2's own stream, ahead of anything sent at it: the
    harness's end of the cable takes it out of the stream (RFC 2217's SET-BAUDRATE shape,
    dev.esp32ppp.serial.InBandBaud) and the far end never reads it. The uart2-init event tells the
    timeline the same, by a path that may arrive after the first frame."""
    write(b"\xff\xfa\x2c\x01" + struct.pack(">I", rate) + b"\xff\xf0")


def any():
    _take_in()
    return len(_taken)


def read(n, timeout_ms):
    """As v1.13's: read(n) waits until n octets are there or the timeout passes and gives what
    came (None for nothing); read() reads 256 at a time so until a wait brings nothing."""
    if n >= 0:
        return _read_up_to(n, timeout_ms)
    data = b""
    while True:
        more = _read_up_to(256, timeout_ms)
        if more is None:
            return data or None
        data += more


def readline(timeout_ms):
    """An octet at a time through the first newline; what came if one does not come in time."""
    line = b""
    while not line.endswith(b"\n"):
        octet = _read_up_to(1, timeout_ms)
        if octet is None:
            return line or None
        line += octet
    return line


def readinto(buf, timeout_ms):
    data = _read_up_to(len(buf), timeout_ms)
    if data is None:
        return None
    buf[:len(data)] = data
    return len(data)


def _read_up_to(n, timeout_ms):
    _wait(timeout_ms, lambda: len(_taken) >= n)
    count = min(n, len(_taken))
    if count == 0:
        return None
    data = bytes(_taken[:count])
    _taken[:] = _taken[count:]
    return data


def _take_in():
    while True:
        hex_octets = board.control("uart2-read 256")
        if not hex_octets:
            return
        _taken.extend(binascii.unhexlify(hex_octets))


def _wait(timeout_ms, ready):
    start = _clock.ticks_ms()
    while True:
        _take_in()
        if ready():
            return True
        if _clock.ticks_diff(_clock.ticks_ms(), start) >= timeout_ms:
            return False
        _clock.sleep_ms(_WAIT_MS)
