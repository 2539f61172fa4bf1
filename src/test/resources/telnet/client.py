# A raw TCP client of the board's REPL: types argv[3] and prints what comes back until argv[4] does.
import socket
import sys

host, port, line, until = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
s = socket.socket()
s.connect(socket.getaddrinfo(host, port)[0][-1])
s.settimeout(20)
s.send(line.encode() + b"\r")
got = b""
while until.encode() not in got:
    chunk = s.recv(256)
    if not chunk:
        break
    got += chunk
print(got.decode())
s.close()
