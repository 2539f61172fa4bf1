# The board's plumbing for the shims: events for the harness, orders to the network-stack model.
import errno
import io
import socket

CONTROL_PORT = 7000

# The kinds of event the shims report, named here only. The harness's catalogue of events
# (dev.esp32ppp.events.EventKind) has the same ones; EventKindsOfEveryLanguageTest holds them equal.
RUN = "run"
MICROPYTHON_START = "micropython-start"
MAIN_DONE = "main-done"
UART2_INIT = "uart2-init"
RTC_SET = "rtc-set"
RESET = "reset"
WATCHDOG = "watchdog"
DEEPSLEEP = "deep-sleep"
LED = "led"
NTP_OK = "ntp-ok"
NTP_FAILED = "ntp-failed"
UFTPD_START = "uftpd-start"
UFTPD_ERROR = "uftpd-error"
SOCKS_START = "socks-start"
SOCKS_ERROR = "socks-error"


def event(kind, detail=""):
    # PID 1's output is the container's log, which the harness reads
    with io.open("/proc/1/fd/1", "w") as out:
        out.write("@@event %s %s\n" % (kind, detail))


def control(command):
    """Sends one command to the model; returns the answer's value or raises OSError(errno)."""
    s = socket.socket()
    try:
        s.connect(socket.getaddrinfo("127.0.0.1", CONTROL_PORT)[0][-1])
        s.send((command + "\n").encode())
        answer = b""
        while not answer.endswith(b"\n"):
            chunk = s.recv(256)
            if not chunk:
                break
            answer += chunk
    finally:
        s.close()
    words = answer.decode().strip().split(" ", 1)
    if words[0] == "ok":
        return words[1] if len(words) > 1 else ""
    name = words[1].split()[0] if len(words) > 1 else "EIO"
    raise OSError(getattr(errno, name, errno.EIO))


def listen(port, backlog, on_client, error_kind):
    """Listens on 0.0.0.0:port with a callback, as the ESP32's servers do: the board's loop
    accepts each client and hands it to on_client(client, (ip, port)). A failed accept is an
    event of error_kind."""
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("0.0.0.0", port))
    server.listen(backlog)

    def on_connect(listener):
        try:
            client, address = listener.accept()
        except OSError as e:
            event(error_kind, repr(e))
            return
        on_client(client, address)

    server.setsockopt(socket.SOL_SOCKET, socket.SO_REGISTER_HANDLER, on_connect)
    return server
