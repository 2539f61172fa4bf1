# ntptime's packet handling, and the timeout that the routing-spoil bug shows as.
import errno
import socket
import struct

import check
import ntptime


def reply(mode=4, seconds=3973538400):
    packet = bytearray(48)
    packet[0] = 0x20 | mode
    packet[40:44] = struct.pack("!I", seconds)
    return bytes(packet)


def test_the_request_is_a_client_packet_of_48_octets():
    r = ntptime.request()
    check.equal((len(r), r[0]), (48, 0x1B))


def test_a_server_reply_gives_the_boards_seconds_since_2000():
    check.equal(ntptime.parse(reply(seconds=3155673600 + 1000)), 1000)
    check.equal(ntptime.parse(reply(mode=5, seconds=3155673600 + 7)), 7)


def test_malformed_replies_are_refused():
    check.raises(ValueError, ntptime.parse, b"\x24" * 10)
    check.raises(ValueError, ntptime.parse, reply(mode=3))
    check.raises(ValueError, ntptime.parse, reply(seconds=0))


def test_no_answer_is_etimedout():
    ntptime.host = "127.0.0.1"
    ntptime.timeout = 0.2
    try:
        ntptime.time()
    except OSError as e:
        check.equal(e.args[0], errno.ETIMEDOUT)
        return
    raise AssertionError("no OSError")


def test_a_garbage_answer_is_an_oserror_not_a_crash():
    server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    server.bind(socket.getaddrinfo("127.0.0.1", 12300)[0][-1])
    ntptime.host = "127.0.0.1"
    ntptime.timeout = 2
    import _thread

    def answer():
        data, address = server.recvfrom(64)
        server.sendto(b"\x00garbage", address)

    _thread.start_new_thread(answer, ())
    ntptime.port = 12300
    try:
        check.raises(OSError, ntptime.time)
    finally:
        ntptime.port = 123
        server.close()


def test_settime_sets_the_rtc_to_the_servers_time():
    import time
    import _thread

    server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    server.bind(socket.getaddrinfo("127.0.0.1", 12301)[0][-1])
    sent = time.mktime((2021, 3, 4, 5, 6, 7, 0, 0))

    def answer():
        data, address = server.recvfrom(64)
        server.sendto(reply(seconds=sent + ntptime.NTP_DELTA), address)

    _thread.start_new_thread(answer, ())
    ntptime.host, ntptime.port, ntptime.timeout = "127.0.0.1", 12301, 2
    try:
        ntptime.settime()
    finally:
        ntptime.port = 123
        server.close()
    check.equal(time.localtime()[:5], (2021, 3, 4, 5, 6))
    check.equal(time.time() - sent < 60, True)


check.run(globals())
