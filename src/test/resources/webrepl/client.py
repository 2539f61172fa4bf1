# A WebREPL client as a browser speaks to the board (masked frames, RFC 6455): it logs in with
# the password in argv[2], types argv[3] at the REPL and prints what comes back until argv[4] does.
import socket
import sys

host, password, line, until = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]


def frame(payload):
    mask = b"\x21\x42\x63\x84"
    return bytes((0x81, 0x80 | len(payload))) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def receive(s):
    head = s.recv(2)
    return s.recv(head[1] & 0x7F).decode()


s = socket.socket()
s.connect(socket.getaddrinfo(host, 8266)[0][-1])
s.settimeout(20)
s.send(b"GET / HTTP/1.1\r\nHost: " + host.encode() + b"\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
       b"Sec-WebSocket-Key: x3JJHMbDL1EzLkh9GBhXDw==\r\nSec-WebSocket-Version: 13\r\n\r\n")
response = b""
while not response.endswith(b"\r\n\r\n"):
    response += s.recv(1)
print(response.split(b"\r\n")[0].decode())
print(receive(s))
s.send(frame(password.encode() + b"\r"))
text = ""
while ">>> " not in text:
    text += receive(s)
s.send(frame(line.encode() + b"\r"))
while until not in text:
    text += receive(s)
print(text)
s.close()
