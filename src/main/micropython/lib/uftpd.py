# uftpd: the FTP server of the ESP32's MicroPython, started by importing it. It serves the flash
# on port 21 with the banner of the original, active (PORT) and passive (PASV) data connections.
# Written in the ESP32 port's callback style, as the original: the board's loop calls a session's
# callback when its client has sent something; the call answers the commands that arrived, data
# transfers included (the loop waits for them, as on the board). Its paths are the ESP32's: the
# flash is its root, whether or not esp32_port.install() has put that view in os and open.
import socket

import board
import esp32_os as os
import flash

PORT = 21
BANNER = "220 Hello, this is the ESP8266.\r\n"
DATA_TIMEOUT = 5  # seconds a data connection may keep the board's loop waiting
LINE_LIMIT = 1024
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def parse(line):
    """(COMMAND, argument) from a command line; COMMAND is upper case, '' for an empty line."""
    line = line.strip("\r\n")
    verb, _, argument = line.partition(" ")
    return verb.upper(), argument


def parse_port(argument):
    """(host, port) from PORT's h1,h2,h3,h4,p1,p2; ValueError when it is not that."""
    parts = [int(x) for x in argument.split(",")]
    if len(parts) != 6 or any(p < 0 or p > 255 for p in parts):
        raise ValueError("bad PORT argument")
    return "%d.%d.%d.%d" % tuple(parts[:4]), parts[4] * 256 + parts[5]


def listing_line(name, stat):
    is_dir = stat[0] & 0x4000
    t = __import__("time").localtime(stat[8])
    return "%s 1 owner group %10d %s %2d %02d:%02d %s\r\n" % (
        "drwxr-xr-x" if is_dir else "-rw-r--r--", stat[6], MONTHS[t[1] - 1], t[2], t[3], t[4], name)


class Session:
    def __init__(self, client, peer):
        self.client = client
        self.peer = peer
        self.cwd = "/"
        self.data_address = None
        self.passive = None
        self.buffer = b""

    def reply(self, text):
        self.client.write(text.encode())

    def on_command(self, sock):
        try:
            if self.answer_lines():
                return
        except Exception:
            pass  # one client's trouble ends that client only
        self.close()

    def answer_lines(self):
        """Answers each whole line received; False when the session is over."""
        chunk = self.client.recv(256)
        if not chunk:
            return False
        self.buffer += chunk
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            try:
                text = line.decode()
            except UnicodeError:
                self.reply("500 Bad characters.\r\n")
                continue
            if not self.handle(*parse(text)):
                return False
        if len(self.buffer) > LINE_LIMIT:
            self.reply("500 Line too long.\r\n")
            return False
        return True

    def close(self):
        self.client.close()
        if self.passive is not None:
            self.passive.close()

    def path(self, argument):
        return flash.resolve(argument, self.cwd)

    def data(self):
        if self.passive is not None:
            self.passive.settimeout(DATA_TIMEOUT)
            try:
                conn, _ = self.passive.accept()
            finally:
                self.passive.close()
                self.passive = None
        elif self.data_address is None:
            raise OSError(107)  # ENOTCONN
        else:
            conn = socket.socket()
            conn.settimeout(DATA_TIMEOUT)
            try:
                conn.connect(self.data_address)
            except OSError:
                conn.close()
                raise
        conn.settimeout(DATA_TIMEOUT)
        return conn

    def handle(self, verb, argument):
        if verb in ("USER", "PASS"):
            self.reply("230 Logged in.\r\n")
        elif verb == "SYST":
            self.reply("215 UNIX Type: L8\r\n")
        elif verb in ("TYPE", "NOOP", "MODE", "STRU"):
            self.reply("200 OK\r\n")
        elif verb in ("PWD", "XPWD"):
            self.reply('257 "%s"\r\n' % self.cwd)
        elif verb in ("CWD", "XCWD", "CDUP"):
            target = self.path(".." if verb == "CDUP" else argument)
            try:
                if not os.stat(target)[0] & 0x4000:
                    raise OSError(20)
                self.cwd = target
                self.reply("250 OK\r\n")
            except OSError:
                self.reply("550 No such directory.\r\n")
        elif verb == "PORT":
            try:
                self.data_address = parse_port(argument)
                self.reply("200 OK\r\n")
            except ValueError:
                self.reply("501 Syntax error in PORT.\r\n")
        elif verb == "PASV":
            port = self.listen_passive()
            if port is None:
                self.reply("425 No data port free.\r\n")
            else:
                self.reply("227 Entering Passive Mode (%s,%d,%d).\r\n" % (
                    local_address(self.peer).replace(".", ","), port >> 8, port & 255))
        elif verb in ("LIST", "NLST"):
            self.send_listing(verb, argument)
        elif verb == "RETR":
            self.send_file(argument)
        elif verb == "STOR":
            self.receive_file(argument)
        elif verb == "DELE":
            try:
                os.remove(self.path(argument))
                self.reply("250 OK\r\n")
            except OSError:
                self.reply("550 No such file.\r\n")
        elif verb == "QUIT":
            self.reply("221 Bye!\r\n")
            return False
        elif verb == "":
            self.reply("500 Empty command.\r\n")
        else:
            self.reply("502 Unsupported command.\r\n")
        return True

    def listen_passive(self):
        for port in range(50000, 50100):
            listener = socket.socket()
            try:
                listener.bind(socket.getaddrinfo("0.0.0.0", port)[0][-1])
                listener.listen(1)
                self.passive = listener
                return port
            except OSError:
                listener.close()
        return None

    def send_listing(self, verb, argument):
        directory = self.path(argument if argument and not argument.startswith("-") else ".")
        try:
            names = sorted(os.listdir(directory))
        except OSError:
            self.reply("550 No such directory.\r\n")
            return
        self.reply("150 Directory listing:\r\n")
        conn = self.data()
        try:
            for name in names:
                if verb == "NLST":
                    conn.write((name + "\r\n").encode())
                else:
                    conn.write(listing_line(name, os.stat(directory.rstrip("/") + "/" + name)).encode())
        finally:
            conn.close()
        self.reply("226 Done.\r\n")

    def send_file(self, argument):
        try:
            f = flash.open(self.path(argument), "rb")
        except OSError:
            self.reply("550 No such file.\r\n")
            return
        self.reply("150 Opened data connection.\r\n")
        conn = self.data()
        try:
            while True:
                chunk = f.read(512)
                if not chunk:
                    break
                conn.write(chunk)
        finally:
            f.close()
            conn.close()
        self.reply("226 Done.\r\n")

    def receive_file(self, argument):
        self.reply("150 Opened data connection.\r\n")
        conn = self.data()
        try:
            with flash.open(self.path(argument), "wb") as f:
                while True:
                    chunk = conn.recv(512)
                    if not chunk:
                        break
                    f.write(chunk)
        finally:
            conn.close()
        self.reply("226 Done.\r\n")


def open_session(client, address):
    session = Session(client, address[0])
    try:
        session.reply(BANNER)
    except OSError:
        client.close()
        return
    client.setsockopt(socket.SOL_SOCKET, socket.SO_REGISTER_HANDLER, session.on_command)


def local_address(peer):
    # the board's address on the client's side: PPP for the Linux, WiFi for the LAN
    if peer.startswith("10.0.5."):
        return "10.0.5.1"
    return board.control("wifi-ifconfig").split()[0]


def start(port=PORT):
    board.listen(port, 4, open_session, board.UFTPD_ERROR)
    board.event(board.UFTPD_START, "port %d" % port)


start()
