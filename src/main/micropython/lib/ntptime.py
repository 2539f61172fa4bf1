# ntptime as in MicroPython: settime() sets the RTC from an NTP server; no answer within the
# timeout raises OSError (ETIMEDOUT), which is how the routing-spoil bug shows on the board.
import socket
import struct

import board

host = "pool.ntp.org"
timeout = 1
port = 123

# seconds from the NTP epoch (1900) to the ESP32's (2000), as v1.13's ntptime names it
NTP_DELTA = 3155673600


def request():
    return b"\x1b" + bytes(47)


def parse(reply):
    """The board's seconds (since 2000) from an NTP server's reply; ValueError for anything else."""
    if len(reply) < 48:
        raise ValueError("short NTP reply: %d octets" % len(reply))
    mode = reply[0] & 0x07
    if mode not in (4, 5):
        raise ValueError("not a server reply (mode %d)" % mode)
    seconds = struct.unpack("!I", reply[40:44])[0]
    if seconds == 0:
        raise ValueError("server has no time (transmit timestamp 0)")
    return seconds - NTP_DELTA


def time():
    address = socket.getaddrinfo(host, port)[0][-1]
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.settimeout(timeout)
        s.sendto(request(), address)
        reply = s.recv(64)  # no answer in time: OSError ETIMEDOUT, as the board's lwIP says
    finally:
        s.close()
    try:
        return parse(reply)
    except ValueError as e:
        raise OSError(5) from e  # EIO


def settime():
    try:
        t = time()
    except OSError as e:
        board.event(board.NTP_FAILED, "%s %s" % (host, e))
        raise
    import machine
    tm = __import__("time").localtime(t)  # the module: this file's time() hides it
    machine.RTC().datetime((tm[0], tm[1], tm[2], tm[6] + 1, tm[3], tm[4], tm[5], 0))
    board.event(board.NTP_OK, host)
