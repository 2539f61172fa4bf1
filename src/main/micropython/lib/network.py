# network, with the API and semantics of MicroPython v1.13 on the ESP32 (ESP-IDF v3). The
# network stack (lwIP, or its model) does the work; these classes give it the board's Python face.
# The radio's world is the lab's: one access point in range, the router's, named and keyed by
# LAB_WIFI_SSID and LAB_WIFI_PASSWORD (the stack joins nothing else).
import binascii
import io
import os

import board
import soft_reset

STA_IF = 0
AP_IF = 1

MODE_11B = 1
MODE_11G = 2
MODE_11N = 4
MODE_LR = 8

AUTH_OPEN = 0
AUTH_WEP = 1
AUTH_WPA_PSK = 2
AUTH_WPA2_PSK = 3
AUTH_WPA_WPA2_PSK = 4
AUTH_MAX = 6

STAT_IDLE = 1000
STAT_CONNECTING = 1001
STAT_GOT_IP = 1010
# ESP-IDF's reasons for a station's disconnection, which status() passes through
STAT_BEACON_TIMEOUT = 200
STAT_NO_AP_FOUND = 201
STAT_WRONG_PASSWORD = 202
STAT_ASSOC_FAIL = 203
STAT_HANDSHAKE_TIMEOUT = 204


# the board's one name server, as lwIP has one (DHCP on the WiFi writes it too)
RESOLVER = "/etc/resolv.conf"


def _hex(text):
    return binascii.hexlify(text.encode()).decode()


def phy_mode(mode=None):
    return None


_ppps = []  # every PPP object: a soft reset frees them, and the port's finaliser deactivates each


def _free_ppps():
    for ppp in _ppps:
        ppp.active(False)
    _ppps.clear()


soft_reset.at_reset(_free_ppps)


class PPP:
    AUTH_NONE = 0
    AUTH_PAP = 1
    AUTH_CHAP = 2

    def __init__(self, stream):
        # the firmware checks the stream is one; the stack, not the stream, carries UART2 here
        if not (hasattr(stream, "read") and hasattr(stream, "write")):
            raise OSError("stream operation not supported")
        self._active = False
        _ppps.append(self)

    def active(self, is_active=None):
        if is_active is not None and bool(is_active) != self._active:
            # active(False) closes the link and returns once it closed (4 s at the most), as the firmware's
            board.control("active %d" % (1 if is_active else 0))
            self._active = bool(is_active)
        return self._active

    def connect(self, *, authmode=AUTH_NONE, username=None, password=None):
        if not self._active:
            raise OSError("must be active")
        if authmode not in (PPP.AUTH_NONE, PPP.AUTH_PAP, PPP.AUTH_CHAP):
            raise ValueError("invalid auth")
        if authmode != PPP.AUTH_NONE:
            if not (isinstance(username, str) and isinstance(password, str)):
                raise TypeError("can't convert NoneType to str")
            # pppapi_set_auth; hex, so that any character crosses the control line
            board.control("auth %d %s %s" % (authmode, _hex(username), _hex(password)))
        # the stack raises EALREADY on a second connect, as the firmware does, until active(False)
        board.control("connect")

    def isconnected(self):
        return board.control("isconnected") == "true"

    def ifconfig(self, config=None):
        if config is not None:
            # the firmware takes only the name server from the four, and makes it lwIP's one
            # name server, which every lookup on the board then asks
            _, _, _, dns = config
            with io.open(RESOLVER, "w") as f:
                f.write("nameserver %s\n" % dns)
            return None
        # (ip, gw, netmask, dns): not WLAN's order, as in the firmware; (None,)*4 before active()
        return tuple(None if word == "None" else word for word in board.control("ifconfig").split())

    def status(self):
        return None


class _AccessPointInRange:
    """The router's access point as the ESP32's radio sees it."""

    BSSID = b"\x02\x28\x00\x00\x00\xfe"
    CHANNEL = 6
    RSSI = -48

    def __init__(self):
        self.ssid = os.getenv("LAB_WIFI_SSID") or ""
        self.password = os.getenv("LAB_WIFI_PASSWORD") or ""

    def authmode(self):
        return AUTH_WPA2_PSK if self.password else AUTH_OPEN

    def record(self):
        # (ssid, bssid, channel, RSSI, authmode, hidden), as scan() gives each network
        return (self.ssid.encode(), self.BSSID, self.CHANNEL, self.RSSI, self.authmode(), False)

    def refusal(self, ssid, password):
        """The reason the access point would turn this station away, or 0 when it lets it in."""
        if ssid != self.ssid:
            return STAT_NO_AP_FOUND
        if self.password and password != self.password:
            return STAT_WRONG_PASSWORD
        return 0


def _mac(text):
    return bytes(int(octet, 16) for octet in text.split(":"))


def _mask_bits(mask):
    # ifconfig takes the netmask dotted or, as v1.13 allows, as its length in bits
    if isinstance(mask, int):
        return mask
    value = 0
    for octet in mask.split("."):
        value = value << 8 | int(octet)
    return bin(value).count("1")


def _dotted(bits):
    value = (0xFFFFFFFF << (32 - bits)) & 0xFFFFFFFF if bits else 0
    return ".".join(str(value >> shift & 0xFF) for shift in (24, 16, 8, 0))


def _four(config):
    if not isinstance(config, (tuple, list)) or len(config) != 4:
        raise ValueError("invalid arguments")
    ip, mask, gateway, dns = config
    return ip, _dotted(_mask_bits(mask)), gateway, dns


class _Interface:
    """What both WLAN interfaces share: the radio's mode bit, the MAC, DHCP's host name."""

    def __init__(self, mac):
        self._active = False
        self._mac = mac
        self._hostname = "espressif"  # ESP-IDF v3's default

    def active(self, is_active=None):
        if is_active is not None:
            self._active = bool(is_active)
        return self._active

    def config(self, *param, **settings):
        if param and settings:
            raise TypeError("either pos or kw args are allowed")
        if settings:
            for name, value in settings.items():
                self._set(name, value)
            return None
        if len(param) != 1:
            raise TypeError("can query only one param")
        return self._get(param[0])

    def _set(self, name, value):
        if name == "mac":
            if len(value) != 6:
                raise ValueError("invalid buffer length")
            self._mac = bytes(value)  # the lab's wlan0 keeps its own address
        elif name == "dhcp_hostname":
            self._hostname = str(value)
        else:
            self._set_own(name, value)

    def _get(self, name):
        if name == "mac":
            return self._mac
        if name == "dhcp_hostname":
            return self._hostname
        return self._get_own(name)


def _require(interface_name):
    raise OSError(interface_name + " required")


class Station(_Interface):
    def __init__(self, air):
        super().__init__(_mac(os.getenv("WLAN_MAC") or "24:0a:c4:00:00:01"))
        self._air = air
        self._ssid = ""
        self._password = ""
        self._requested = False
        self._refusal = 0
        self._static = None  # (ip, netmask, gateway, dns) that ifconfig() set, in DHCP's place

    def active(self, is_active=None):
        if is_active is not None and not is_active and self._active:
            self.disconnect()
        return super().active(is_active)

    def connect(self, ssid=None, password=None, *, bssid=None):
        if not self._active:
            raise OSError("STA must be active")
        if bssid is not None and len(bssid) != 6:
            raise ValueError
        if ssid is not None or password is not None:
            # the firmware starts from an empty configuration: what is not given is empty
            self._ssid = "" if ssid is None else ssid
            self._password = "" if password is None else password
        self._requested = True
        self._refusal = self._air.refusal(self._ssid, self._password)
        board.control("wifi-hostname %s" % self._hostname)  # what DHCP asks for, as ESP-IDF does
        fixed = ""
        if self._static is not None:
            ip, netmask, gateway, dns = self._static
            fixed = " %s %d %s %s" % (ip, _mask_bits(netmask), gateway, dns)
        board.control("wifi-connect %s %s%s" % (self._ssid or "-", self._password or "-", fixed))

    def disconnect(self):
        if self.isconnected():
            board.control("wifi-disconnect")
            self._refusal = 8  # ESP-IDF's reason ASSOC_LEAVE: the station left
        self._requested = False

    def isconnected(self):
        return board.control("wifi-isconnected") == "true"

    def ifconfig(self, config=None):
        if config is None:
            # (ip, netmask, gw, dns): a static address is the interface's at once, as on the board
            if self._static is not None and not self.isconnected():
                return self._static
            return tuple(board.control("wifi-ifconfig").split())
        if config == "dhcp":
            self._static = None  # DHCP again, from the next connection on
            return None
        self._static = _four(config)
        if self.isconnected():
            self.connect()  # the stack takes the new address in place of the lease it has
        return None

    def scan(self):
        if not self._active:
            raise OSError("STA must be active")
        return [self._air.record()] if self._air.ssid else []

    def status(self, param=None):
        if param == "rssi":
            if not self.isconnected():
                raise OSError("Wifi Not Connected")
            return self._air.RSSI
        if param is not None:
            self._status_param(param)
        if self.isconnected():
            return STAT_GOT_IP
        if self._requested:
            return STAT_CONNECTING  # the firmware retries until disconnect(), whatever the reason
        return self._refusal or STAT_IDLE

    def _status_param(self, param):
        if param == "stations":
            _require("AP")
        raise ValueError("unknown status param")

    def _set_own(self, name, value):
        if name in ("essid", "hidden", "authmode", "password", "channel", "max_clients"):
            _require("AP")
        raise ValueError("unknown config param")

    def _get_own(self, name):
        if name == "essid":
            return self._ssid
        if name == "max_clients":
            return 4
        if name in ("hidden", "authmode", "channel"):
            _require("AP")
        raise ValueError("unknown config param")


class AccessPoint(_Interface):
    """WLAN(AP_IF): inactive unless started; no station ever joins it in the lab."""

    def __init__(self, station):
        mac = bytearray(station.config("mac"))
        mac[5] = (mac[5] + 1) & 0xFF  # the ESP32 gives its access point the station's MAC + 1
        super().__init__(bytes(mac))
        self._station = station
        self._address = ("192.168.4.1", "255.255.255.0", "192.168.4.1")  # ESP-IDF's
        self._settings = {
            "essid": "ESP_%02X%02X%02X" % (mac[3], mac[4], mac[5]),
            "hidden": False,
            "authmode": AUTH_OPEN,
            "password": "",
            "channel": 1,
            "max_clients": 4,
        }

    def isconnected(self):
        return False

    def ifconfig(self, config=None):
        if config is not None:
            self._address = _four(config)[:3]
            return None
        # one name server for every interface, as lwIP has: the station's, once DHCP gave one
        return self._address + (self._station.ifconfig()[3],)

    def scan(self):
        raise OSError("STA must be active")

    def status(self, param=None):
        if param is None:
            return None
        if param == "stations":
            return []
        if param == "rssi":
            _require("STA")
        raise ValueError("unknown status param")

    def _set_own(self, name, value):
        if name not in self._settings:
            raise ValueError("unknown config param")
        self._settings[name] = value

    def _get_own(self, name):
        if name == "password" or name not in self._settings:
            raise ValueError("unknown config param")
        return self._settings[name]


_station = Station(_AccessPointInRange())
_access_point = AccessPoint(_station)


def WLAN(interface_id=STA_IF):
    # one object per interface, as the firmware's: WLAN(STA_IF) is WLAN(STA_IF)
    if interface_id == STA_IF:
        return _station
    if interface_id == AP_IF:
        return _access_point
    raise ValueError("invalid WLAN interface identifier")
