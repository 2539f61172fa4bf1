# webrepl, as MicroPython v1.13's ESP32 firmware has it frozen: start() listens on port 8266 with
# a socket callback, the password from webrepl_cfg.py (or start(password=...)); a client (the
# WebREPL page, webrepl_cli.py) gets the WebSocket handshake, "Password: ", and once it answered
# right the board's REPL, attached as a second terminal (dupterm). One client at a time.
# Files sent or fetched with the WebREPL's file protocol (binary frames) are webrepl_files' job.
import binascii
import hashlib
import socket

import dupterm
import network
import webrepl_files
import websocket as _websocket

PORT = 8266
_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455's, for Sec-WebSocket-Accept
_PROMPT = "Password: "
_listener = [None]
_password = [None]


def start(port=PORT, password=None):
    stop()
    if password is None:
        try:
            import webrepl_cfg

            _start(port, webrepl_cfg.PASS)
            print("Started webrepl in normal mode")
        except Exception:
            print("WebREPL is not configured, run 'import webrepl_setup'")
    else:
        _start(port, password)
        print("Started webrepl in manual override mode")


def stop():
    if isinstance(dupterm.attached(), _Session):
        dupterm.attached().close()
    if _listener[0] is not None:
        _listener[0].close()
        _listener[0] = None


def _start(port, password):
    if len(password) > 9:
        raise ValueError  # the firmware keeps 9 characters at the most
    _password[0] = password
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("0.0.0.0", port))
    listener.listen(1)
    listener.setsockopt(socket.SOL_SOCKET, 20, _accept)
    _listener[0] = listener
    for interface in (network.AP_IF, network.STA_IF):
        wlan = network.WLAN(interface)
        if wlan.active():
            print("WebREPL daemon started on ws://%s:%d" % (wlan.ifconfig()[0], port))


def _accept(listener):
    client, address = listener.accept()
    if dupterm.attached() is not None:
        print("\nConcurrent WebREPL connection from", address, "rejected")
        client.close()
        return
    print("\nWebREPL connection from:", address)
    try:
        _handshake(client)
    except OSError:
        client.close()
        return
    client.setblocking(False)  # a frame's octets are read as they come, the REPL's loop never waits on them
    session = _Session(client)
    client.setsockopt(socket.SOL_SOCKET, 20, session.on_readable)
    session.write(_PROMPT)


def _handshake(client):
    """Answers the client's HTTP upgrade request (RFC 6455 section 4.2)."""
    key = None
    while True:
        line = client.readline()
        if not line:
            raise OSError(104)  # ECONNRESET: gone before the request ended
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"sec-websocket-key":
            key = value.strip()
    if key is None:
        client.write(b"HTTP/1.1 400 Bad Request\r\n\r\n")
        raise OSError(22)  # EINVAL: not a WebSocket client
    accept = binascii.b2a_base64(hashlib.sha1(key + _GUID).digest())[:-1]
    client.write(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n")


class _Session:
    """One client: its password first, then its keys to the REPL and the REPL's output to it."""

    # the websocket module's stream options (MP_STREAM_GET/SET_DATA_OPTS) and frame kinds
    _GET_FRAME, _SET_FRAME = 8, 9
    _TEXT, _BINARY = 1, 2

    def __init__(self, client):
        self._client = client
        self._ws = _websocket.websocket(client._native, True)
        self._password_typed = b""
        self._logged_in = False
        self._files = webrepl_files.Transfers()

    def write(self, text):
        # also dupterm's side: the REPL's output, as text frames
        self._ws.write(text)

    def on_readable(self, client):
        try:
            data = self._ws.read(1024)
        except OSError:
            data = b""
        if data is None:
            return  # part of a frame: the rest comes with the next callback
        if not data:
            self.close()
        elif not self._logged_in:
            self._log_in(data)
        elif self._ws.ioctl(self._GET_FRAME, 0) == self._BINARY:
            self._send_binary(self._files.take(data))
        else:
            dupterm.typed(data)

    def _send_binary(self, replies):
        self._ws.ioctl(self._SET_FRAME, self._BINARY)
        for reply in replies:
            self._ws.write(reply)
        self._ws.ioctl(self._SET_FRAME, self._TEXT)

    def _log_in(self, data):
        self._password_typed += data
        if b"\r" not in self._password_typed and b"\n" not in self._password_typed:
            return
        answer = self._password_typed.replace(b"\n", b"\r").split(b"\r")[0]
        if answer.decode() != _password[0]:
            self.write("\r\nAccess denied\r\n")
            self._client.close()
            return
        self._logged_in = True
        self.write("\r\nWebREPL connected\r\n>>> ")
        dupterm.dupterm(self)

    def close(self):
        if dupterm.attached() is self:
            dupterm.dupterm(None)
            print("\ndupterm: EOF received, deactivating")
        self._client.close()
