# A REPL over TCP, written as ESP32 code for v1.13 does it: the listening socket's callback
# (setsockopt(SOL_SOCKET, 20, handler)) attaches each client as os.dupterm's terminal, and the
# client's own callback is os.dupterm_notify, which hands what the client sent to the REPL.
import io
import os
import socket


class _Client(io.IOBase):
    def __init__(self, sock):
        self.sock = sock

    def readinto(self, b):
        try:
            data = self.sock.recv(1)
        except OSError:
            return None  # nothing now: the socket does not block
        if not data:
            return 0
        b[0] = data[0]
        return 1

    def write(self, data):
        self.sock.sendall(data)

    def close(self):
        self.sock.close()


def _accept(server):
    client, address = server.accept()
    print("telnet connection from:", address)
    client.setblocking(False)
    client.setsockopt(socket.SOL_SOCKET, 20, os.dupterm_notify)
    os.dupterm(_Client(client))


def start(port=23):
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(socket.getaddrinfo("0.0.0.0", port)[0][-1])
    server.listen(1)
    server.setsockopt(socket.SOL_SOCKET, 20, _accept)
    print("telnet REPL on port", port)
