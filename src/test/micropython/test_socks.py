# The SOCKS5 shim: request parsing, and a server that shrugs off malformed clients.
import _thread
import socket
import time

import check
import socks


def test_greeting_lists_the_offered_methods():
    check.equal(socks.parse_greeting(b"\x05\x02\x00\x02"), b"\x00\x02")


def test_a_greeting_that_is_not_socks5_is_malformed():
    check.raises(socks.Malformed, socks.parse_greeting, b"\x04\x01\x00")
    check.raises(socks.Malformed, socks.parse_greeting, b"\x05\x03\x00")
    check.raises(socks.Malformed, socks.parse_greeting, b"")


def test_requests_for_ipv4_name_and_ipv6():
    check.equal(socks.parse_request(b"\x05\x01\x00\x01\xc6\x12\x00\x50\x00\x50"), (1, 1, "198.18.0.80", 80))
    check.equal(socks.parse_request(b"\x05\x01\x00\x03\x0dwww.yahoo.com\x00\x50"), (1, 3, "www.yahoo.com", 80))
    v6 = socks.parse_request(b"\x05\x01\x00\x04" + bytes(15) + b"\x01\x1f\x90")
    check.equal((v6[0], v6[1], v6[3]), (1, 4, 8080))


def test_malformed_requests():
    check.raises(socks.Malformed, socks.parse_request, b"\x05\x01\x00\x01\xc6\x12")
    check.raises(socks.Malformed, socks.parse_request, b"\x05\x01\x00\x03\x00\x00\x50")
    check.raises(socks.Malformed, socks.parse_request, b"\x05\x01\x01\x01\xc6\x12\x00\x50\x00\x50")
    check.equal(socks.parse_request(b"\x05\x01\x00\x09\x00\x00\x00"), (1, 9, None, 0))


def test_replies():
    check.equal(socks.reply(socks.CONNECTION_REFUSED), b"\x05\x05\x00\x01\x00\x00\x00\x00\x00\x00")
    check.equal(socks.error_code(OSError(111)), socks.CONNECTION_REFUSED)
    check.equal(socks.error_code(OSError(113)), socks.HOST_UNREACHABLE)


def echo_server(port):
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(socket.getaddrinfo("127.0.0.1", port)[0][-1])
    server.listen(4)

    def serve():
        while True:
            client, _ = server.accept()
            data = client.recv(100)
            client.send(data)
            client.close()

    _thread.start_new_thread(serve, ())


def connect(port):
    s = socket.socket()
    s.connect(socket.getaddrinfo("127.0.0.1", port)[0][-1])
    s.settimeout(5)
    return s


def test_a_malformed_client_gets_an_error_or_the_door_and_others_are_served():
    echo_server(9001)
    socks.start(11080)
    time.sleep_ms(200)
    stalled = connect(11080)  # says nothing at all
    bad_version = connect(11080)
    bad_version.send(b"\x04\x01\x00\x50")
    check.equal(bad_version.recv(10), b"")  # closed
    bad_command = connect(11080)
    bad_command.send(b"\x05\x01\x00")
    check.equal(bad_command.recv(2), b"\x05\x00")
    bad_command.send(b"\x05\x02\x00\x01\x7f\x00\x00\x01\x23\x29")  # BIND
    check.equal(bad_command.recv(10)[1], socks.COMMAND_NOT_SUPPORTED)
    refused = connect(11080)
    refused.send(b"\x05\x01\x00")
    refused.recv(2)
    refused.send(b"\x05\x01\x00\x01\x7f\x00\x00\x01\x00\x09")  # port 9: nobody there
    check.equal(refused.recv(10)[1], socks.CONNECTION_REFUSED)
    good = connect(11080)
    good.send(b"\x05\x01\x00")
    check.equal(good.recv(2), b"\x05\x00")
    good.send(b"\x05\x01\x00\x01\x7f\x00\x00\x01\x23\x29")  # 127.0.0.1:9001
    check.equal(good.recv(10)[1], socks.SUCCEEDED)
    good.send(b"through the proxy")
    check.equal(good.recv(100), b"through the proxy")
    for s in (stalled, bad_version, bad_command, refused, good):
        s.close()


check.run(globals())
