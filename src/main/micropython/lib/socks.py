# socks: a SOCKS5 server (RFC 1928) on the ESP32, as micropython-socks offers it: socks.start()
# listens on 0.0.0.0:1080, no authentication, CONNECT to IPv4, names (resolved through the
# board's own DNS) and IPv6; one thread a client, so a slow client stalls no other.
import select
import socket

import board

VERSION = 5
NO_AUTH = 0
NO_ACCEPTABLE = 0xFF
CONNECT = 1
IPV4 = 1
DOMAIN = 3
IPV6 = 4

SUCCEEDED = 0
GENERAL_FAILURE = 1
NETWORK_UNREACHABLE = 3
HOST_UNREACHABLE = 4
CONNECTION_REFUSED = 5
COMMAND_NOT_SUPPORTED = 7
ADDRESS_TYPE_NOT_SUPPORTED = 8


class Malformed(Exception):
    pass


def parse_greeting(data):
    """The methods a client offers; Malformed when it is not a SOCKS5 greeting."""
    if len(data) < 2 or data[0] != VERSION or len(data) != 2 + data[1]:
        raise Malformed("bad greeting")
    return bytes(data[2:])


def parse_request(data):
    """(command, address type, host, port) of a request; Malformed when it does not parse."""
    if len(data) < 7 or data[0] != VERSION or data[2] != 0:
        raise Malformed("bad request header")
    command, atyp = data[1], data[3]
    if atyp == IPV4:
        if len(data) != 10:
            raise Malformed("bad IPv4 request")
        host = "%d.%d.%d.%d" % tuple(data[4:8])
        rest = data[8:]
    elif atyp == DOMAIN:
        n = data[4]
        if n == 0 or len(data) != 7 + n:
            raise Malformed("bad name request")
        host = bytes(data[5:5 + n]).decode()
        rest = data[5 + n:]
    elif atyp == IPV6:
        if len(data) != 22:
            raise Malformed("bad IPv6 request")
        host = socket.inet_ntop(socket.AF_INET6, bytes(data[4:20]))
        rest = data[20:]
    else:
        return command, atyp, None, 0
    return command, atyp, host, rest[0] << 8 | rest[1]


def reply(code):
    return bytes((VERSION, code, 0, IPV4, 0, 0, 0, 0, 0, 0))


def error_code(e):
    code = e.args[0] if e.args else 0
    if code == 111:  # ECONNREFUSED
        return CONNECTION_REFUSED
    if code in (101, 113):  # ENETUNREACH, EHOSTUNREACH
        return NETWORK_UNREACHABLE if code == 101 else HOST_UNREACHABLE
    if code == 110:  # ETIMEDOUT
        return HOST_UNREACHABLE
    return GENERAL_FAILURE


def recv_some(sock, limit=262):
    data = sock.recv(limit)
    if not data:
        raise Malformed("client went away")
    return data


def open_upstream(atyp, host, port):
    family = socket.AF_INET6 if atyp == IPV6 else socket.AF_INET
    address = socket.getaddrinfo(host, port, family)[0][-1]
    upstream = socket.socket(family, socket.SOCK_STREAM)
    upstream.settimeout(10)
    try:
        upstream.connect(address)
    except OSError:
        upstream.close()
        raise
    upstream.settimeout(None)
    return upstream


def relay(a, b):
    poller = select.poll()
    poller.register(a, select.POLLIN)
    poller.register(b, select.POLLIN)
    while True:
        for sock, flags in poller.poll():
            other = b if sock is a else a
            data = sock.recv(2048)
            if not data:
                return
            other.send(data)


def serve(client, address):
    upstream = None
    try:
        client.settimeout(30)
        methods = parse_greeting(recv_some(client))
        if NO_AUTH not in methods:
            client.send(bytes((VERSION, NO_ACCEPTABLE)))
            return
        client.send(bytes((VERSION, NO_AUTH)))
        command, atyp, host, port = parse_request(recv_some(client))
        if command != CONNECT:
            client.send(reply(COMMAND_NOT_SUPPORTED))
            return
        if host is None:
            client.send(reply(ADDRESS_TYPE_NOT_SUPPORTED))
            return
        try:
            upstream = open_upstream(atyp, host, port)
        except OSError as e:
            client.send(reply(error_code(e)))
            return
        client.send(reply(SUCCEEDED))
        client.settimeout(None)
        relay(client, upstream)
    except Exception:
        pass  # a malformed or vanished client ends that client only
    finally:
        client.close()
        if upstream is not None:
            upstream.close()


def start(port=1080):
    board.serve_forever(port, 8, serve, board.SOCKS_ERROR)
    board.event(board.SOCKS_START, "0.0.0.0:%d" % port)
