# The SOCKS5 shim: request parsing, and a callback server (served by the board's loop) that
# shrugs off malformed clients and relays large transfers intact.
import _thread
import hashlib
import socket

import board_loop
import check
import socks

PROXY = 11080
ECHO = 9001
SOURCE = 9002
BIG = 1024 * 1024


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


def serve_in_a_thread(port, serve_one):
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(socket.getaddrinfo("127.0.0.1", port)[0][-1])
    server.listen(4)

    def serve():
        while True:
            client, _ = server.accept()
            serve_one(client)
            client.close()

    _thread.start_new_thread(serve, ())


def echo(client):
    client.write(client.recv(100))


def pattern(size):
    return bytes(i * 7 % 251 for i in range(size))


def source(client):
    # a big download: BIG octets of a pattern that shows a lost, doubled or swapped chunk
    block = pattern(4096)
    for _ in range(BIG // len(block)):
        client.write(block)


serve_in_a_thread(ECHO, echo)
serve_in_a_thread(SOURCE, source)
socks.start(PROXY)


def connect(port):
    s = socket.socket()
    s.connect(socket.getaddrinfo("127.0.0.1", port)[0][-1])
    s.settimeout(5)
    return s


def through_the_proxy(port):
    s = connect(PROXY)
    s.write(b"\x05\x01\x00")
    check.equal(s.recv(2), b"\x05\x00")
    s.write(b"\x05\x01\x00\x01\x7f\x00\x00\x01" + bytes((port >> 8, port & 255)))
    check.equal(s.recv(10)[1], socks.SUCCEEDED)
    return s


def test_the_server_answers_from_the_boards_loop_only():
    s = connect(PROXY)
    s.write(b"\x05\x01\x00")
    s.settimeout(0.3)
    check.raises(OSError, s.recv, 2)  # nobody serves the callbacks: no answer
    s.settimeout(5)
    check.equal(board_loop.while_serving(lambda: s.recv(2)), b"\x05\x00")
    s.close()


def test_a_malformed_client_gets_an_error_or_the_door_and_others_are_served():
    board_loop.while_serving(malformed_clients_then_a_good_one)


def malformed_clients_then_a_good_one():
    stalled = connect(PROXY)  # says nothing at all
    bad_version = connect(PROXY)
    bad_version.send(b"\x04\x01\x00\x50")
    check.equal(bad_version.recv(10), b"")  # closed
    bad_command = connect(PROXY)
    bad_command.send(b"\x05\x01\x00")
    check.equal(bad_command.recv(2), b"\x05\x00")
    bad_command.send(b"\x05\x02\x00\x01\x7f\x00\x00\x01\x23\x29")  # BIND
    check.equal(bad_command.recv(10)[1], socks.COMMAND_NOT_SUPPORTED)
    refused = connect(PROXY)
    refused.send(b"\x05\x01\x00")
    refused.recv(2)
    refused.send(b"\x05\x01\x00\x01\x7f\x00\x00\x01\x00\x09")  # port 9: nobody there
    check.equal(refused.recv(10)[1], socks.CONNECTION_REFUSED)
    good = through_the_proxy(ECHO)
    good.send(b"through the proxy")
    check.equal(good.recv(100), b"through the proxy")
    for s in (stalled, bad_version, bad_command, refused, good):
        s.close()


def test_a_mebibyte_arrives_intact():
    def download():
        s = through_the_proxy(SOURCE)
        digest, size = hashlib.sha256(), 0
        while True:
            chunk = s.recv(8192)
            if not chunk:
                break
            digest.update(chunk)
            size += len(chunk)
        s.close()
        return size, digest.digest()

    sent = hashlib.sha256()
    for _ in range(BIG // 4096):
        sent.update(pattern(4096))
    check.equal(board_loop.while_serving(download), (BIG, sent.digest()))


check.run(globals())
