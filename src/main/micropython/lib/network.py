# network, with the API and semantics of MicroPython v1.13 on the ESP32 (ESP-IDF v3). The
# network stack (lwIP, or its model) does the work; these classes give it the board's Python face.
import board

STA_IF = 0
AP_IF = 1
AUTH_NONE = 0
AUTH_PAP = 1
AUTH_CHAP = 2


class PPP:
    def __init__(self, stream):
        self._stream = stream
        self._active = False

    def active(self, is_active=None):
        if is_active is not None:
            # active(False) closes the link and returns once it closed (4 s at the most), as the firmware's
            board.control("active %d" % (1 if is_active else 0))
            self._active = bool(is_active)
        return self._active

    def connect(self, *, authmode=AUTH_NONE, username="", password=""):
        if not self._active:
            raise OSError("must be active")
        # the stack raises EALREADY on a second connect, as the firmware does, until active(False)
        board.control("connect")

    def isconnected(self):
        return board.control("isconnected") == "true"

    def ifconfig(self):
        # (ip, gw, netmask, dns): not WLAN's order, as in the firmware; (None,)*4 before active()
        return tuple(None if word == "None" else word for word in board.control("ifconfig").split())

    def status(self):
        return None


class Interface:
    """A WLAN interface's switch: off at power-on, as the firmware leaves it."""

    def __init__(self):
        self._active = False

    def active(self, is_active=None):
        if is_active is None:
            return self._active
        self._active = bool(is_active)
        return None


class AccessPoint(Interface):
    """WLAN(AP_IF): inactive unless started; no station ever joins it in the lab."""

    def isconnected(self):
        return False


def WLAN(interface_id=STA_IF):
    return AccessPoint() if interface_id == AP_IF else Station()


class Station(Interface):
    def connect(self, ssid, password=""):
        if not self._active:
            raise OSError("STA must be active")
        board.control("wifi-connect %s %s" % (ssid, password or "-"))

    def disconnect(self):
        board.control("wifi-disconnect")

    def isconnected(self):
        return board.control("wifi-isconnected") == "true"

    def ifconfig(self):
        # (ip, netmask, gw, dns)
        return tuple(board.control("wifi-ifconfig").split())

    def status(self):
        return 1010 if self.isconnected() else 1001
