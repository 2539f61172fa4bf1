# socks: a SOCKS5 server (RFC 1928) on the ESP32, as micropython-socks offers it: socks.start()
# listens on 0.0.0.0:1080, no authentication, CONNECT to IPv4, names (resolved through the
# board's own DNS) and IPv6. Written in the ESP32 port's callback style, as the original: the
# board's loop calls a client's callback when it has sent something, and each call advances that
# client one step (greeting, request, then relaying between it and the host it asked for).
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

RELAY_CHUNK = 8192


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
    # a blocking connect with a timeout, as on the board: the loop waits for it
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


class Client:
    """One client of the proxy; a malformed or vanished client ends that client only."""

    def __init__(self, client):
        self.client = client
        self.upstream = None
        self.step = self.greeting
        client.setsockopt(socket.SOL_SOCKET, socket.SO_REGISTER_HANDLER, self.on_client)

    def on_client(self, sock):
        self.guarded(self.step)

    def on_upstream(self, sock):
        self.guarded(self.from_upstream)

    def guarded(self, step):
        try:
            step()
        except Exception:
            self.close()

    def greeting(self):
        if NO_AUTH not in parse_greeting(recv_some(self.client)):
            self.answer(bytes((VERSION, NO_ACCEPTABLE)))
            return
        self.client.write(bytes((VERSION, NO_AUTH)))
        self.step = self.request

    def request(self):
        command, atyp, host, port = parse_request(recv_some(self.client))
        if command != CONNECT:
            self.answer(reply(COMMAND_NOT_SUPPORTED))
        elif host is None:
            self.answer(reply(ADDRESS_TYPE_NOT_SUPPORTED))
        else:
            self.connect(atyp, host, port)

    def connect(self, atyp, host, port):
        try:
            self.upstream = open_upstream(atyp, host, port)
        except OSError as e:
            self.answer(reply(error_code(e)))
            return
        self.client.write(reply(SUCCEEDED))
        self.upstream.setsockopt(socket.SOL_SOCKET, socket.SO_REGISTER_HANDLER, self.on_upstream)
        self.step = self.from_client

    def from_client(self):
        self.forward(self.client, self.upstream)

    def from_upstream(self):
        self.forward(self.upstream, self.client)

    def forward(self, source, target):
        data = source.recv(RELAY_CHUNK)
        if data:
            target.write(data)
        else:
            self.close()

    def answer(self, last_words):
        self.client.write(last_words)
        self.close()

    def close(self):
        self.client.close()
        if self.upstream is not None:
            self.upstream.close()


def start(port=1080):
    board.listen(port, 8, lambda client, address: Client(client), board.SOCKS_ERROR)
    board.event(board.SOCKS_START, "0.0.0.0:%d" % port)
