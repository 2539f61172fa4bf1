# network's Python face, as v1.13's esp32 port has it: PPP's and WLAN's answers over a stand-in
# for the network stack that joins the one network in range ("lab", key "secret") at once.
import board
import check
import io
import network

_sent = []
_answers = {}
_lease = "192.168.28.118 255.255.255.0 192.168.28.254 192.168.28.254"


def _control(command):
    _sent.append(command)
    words = command.split()
    if words[0] == "wifi-connect":
        _answers["wifi-isconnected"] = "true" if words[1:3] == ["lab", "secret"] else "false"
    elif words[0] == "wifi-disconnect":
        _answers["wifi-isconnected"] = "false"
    if words[0] == "wifi-ifconfig":
        return _lease if _answers.get("wifi-isconnected") == "true" else "0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0"
    return _answers.get(words[0], "")


board.control = _control


def _station():
    air = network._AccessPointInRange()
    air.ssid, air.password = "lab", "secret"
    _answers["wifi-isconnected"] = "false"
    return network.Station(air)


def _uart():
    return io.BytesIO()


def test_ppp_active_returns_whether_ppp_is_active_and_asks_the_stack_only_on_a_change():
    ppp = network.PPP(_uart())
    check.equal(ppp.active(), False)
    check.equal(ppp.active(True), True)
    check.equal(ppp.active(True), True)
    check.equal(ppp.active(False), False)
    check.equal(ppp.active(False), False)
    check.equal(_sent[-2:], ["active 1", "active 0"])


def test_ppp_needs_a_stream():
    check.raises(OSError, network.PPP, None)


def test_ppp_ifconfig_before_active_is_four_nones():
    _answers["ifconfig"] = "None None None None"
    check.equal(network.PPP(_uart()).ifconfig(), (None, None, None, None))


def test_ppp_ifconfig_is_ip_gateway_netmask_dns():
    _answers["ifconfig"] = "10.0.5.1 10.0.5.2 255.255.255.255 192.168.28.254"
    check.equal(network.PPP(_uart()).ifconfig(), ("10.0.5.1", "10.0.5.2", "255.255.255.255", "192.168.28.254"))


def test_ppp_ifconfig_with_four_values_sets_the_boards_name_server():
    network.RESOLVER = "/tmp/test-resolv.conf"
    check.equal(network.PPP(_uart()).ifconfig(("10.0.5.1", "10.0.5.2", "255.255.255.255", "198.18.0.53")), None)
    with open(network.RESOLVER) as f:
        check.equal(f.read(), "nameserver 198.18.0.53\n")


def test_ppp_connect_before_active_is_an_oserror():
    check.raises(OSError, network.PPP(_uart()).connect)


def test_ppp_auth_constants_live_on_the_class_and_a_bad_one_is_refused():
    ppp = network.PPP(_uart())
    ppp.active(True)
    check.equal((ppp.AUTH_NONE, network.PPP.AUTH_PAP, network.PPP.AUTH_CHAP), (0, 1, 2))
    try:
        ppp.connect(authmode=7)
        raise AssertionError("authmode 7 taken")
    except ValueError as e:
        check.equal(e.args, ("invalid auth",))
    check.raises(TypeError, lambda: ppp.connect(authmode=network.PPP.AUTH_PAP))


def test_ppp_credentials_go_to_the_stack_before_connect():
    ppp = network.PPP(_uart())
    ppp.active(True)
    ppp.connect(authmode=ppp.AUTH_CHAP, username="esp32", password="se cret")
    check.equal(_sent[-2:], ["auth 2 6573703332 73652063726574", "connect"])


def test_wlan_gives_one_object_per_interface():
    check.equal(network.WLAN(network.STA_IF) is network.WLAN(), True)
    check.equal(network.WLAN(network.AP_IF) is network.WLAN(network.AP_IF), True)
    check.raises(ValueError, network.WLAN, 2)


def test_active_answers_the_interfaces_state_when_set_too():
    sta = _station()
    check.equal((sta.active(), sta.active(True), sta.active()), (False, True, True))


def test_scan_needs_the_station_active_and_then_sees_the_lab_network():
    sta = _station()
    try:
        sta.scan()
        raise AssertionError("scan with the station off")
    except OSError as e:
        check.equal(e.args, ("STA must be active",))
    sta.active(True)
    (ssid, bssid, channel, rssi, authmode, hidden), = sta.scan()
    check.equal((ssid, len(bssid), authmode, hidden), (b"lab", 6, network.AUTH_WPA2_PSK, False))
    check.equal((1 <= channel <= 13, -100 < rssi < 0), (True, True))


def test_status_follows_the_connection():
    sta = _station()
    sta.active(True)
    check.equal(sta.status(), network.STAT_IDLE)
    sta.connect("lab", "secret")
    check.equal((sta.isconnected(), sta.status(), sta.status("rssi") < 0), (True, network.STAT_GOT_IP, True))
    check.equal(sta.ifconfig()[0], "192.168.28.118")
    sta.disconnect()
    check.equal((sta.isconnected(), sta.status()), (False, 8))
    check.raises(OSError, sta.status, "rssi")
    check.raises(ValueError, sta.status, "bogus")


def test_a_wrong_key_keeps_it_trying_until_disconnect_then_says_why():
    sta = _station()
    sta.active(True)
    sta.connect("lab", "wrong")
    check.equal((sta.isconnected(), sta.status()), (False, network.STAT_CONNECTING))
    sta.disconnect()
    check.equal(sta.status(), network.STAT_WRONG_PASSWORD)
    sta.connect("elsewhere", None)
    sta.disconnect()
    check.equal(sta.status(), network.STAT_NO_AP_FOUND)


def test_connect_without_arguments_joins_the_network_given_before():
    sta = _station()
    sta.active(True)
    sta.connect("lab", "secret")
    sta.disconnect()
    sta.connect()
    check.equal(sta.isconnected(), True)
    check.equal(sta.config("essid"), "lab")


def test_connect_tells_the_stack_the_name_dhcp_asks_for():
    sta = _station()
    sta.active(True)
    sta.connect("lab", "secret")
    check.equal(_sent[-2:], ["wifi-hostname espressif", "wifi-connect lab secret"])
    sta.config(dhcp_hostname="ulx3s")
    sta.connect()
    check.equal(_sent[-2], "wifi-hostname ulx3s")


def test_config_reads_mac_hostname_and_refuses_what_the_interface_has_not():
    sta = _station()
    check.equal(len(sta.config("mac")), 6)
    check.equal(sta.config("dhcp_hostname"), "espressif")
    sta.config(dhcp_hostname="ulx3s")
    check.equal(sta.config("dhcp_hostname"), "ulx3s")
    check.raises(ValueError, sta.config, "bogus")
    check.raises(OSError, sta.config, "channel")
    check.raises(TypeError, lambda: sta.config("mac", essid="x"))
    check.raises(TypeError, sta.config)


def test_the_access_point_has_the_stations_mac_plus_one_and_espidfs_address():
    sta = _station()
    ap = network.AccessPoint(sta)
    check.equal(ap.config("mac")[:5], sta.config("mac")[:5])
    check.equal(ap.config("mac")[5], (sta.config("mac")[5] + 1) & 0xFF)
    check.equal(ap.ifconfig(), ("192.168.4.1", "255.255.255.0", "192.168.4.1", "0.0.0.0"))
    check.equal(ap.config("essid").startswith("ESP_"), True)
    ap.config(essid="ulx3s", authmode=network.AUTH_WPA2_PSK, password="12345678")
    check.equal((ap.config("essid"), ap.config("authmode")), ("ulx3s", 3))
    check.raises(ValueError, ap.config, "password")
    check.equal((ap.isconnected(), ap.status(), ap.status("stations")), (False, None, []))


def test_a_static_address_is_the_stations_at_once_and_goes_to_the_stack_with_connect():
    sta = _station()
    sta.active(True)
    check.equal(sta.ifconfig(("192.168.28.50", 24, "192.168.28.254", "192.168.28.254")), None)
    check.equal(sta.ifconfig(), ("192.168.28.50", "255.255.255.0", "192.168.28.254", "192.168.28.254"))
    sta.connect("lab", "secret")
    check.equal(_sent[-1], "wifi-connect lab secret 192.168.28.50 24 192.168.28.254 192.168.28.254")
    sta.ifconfig(("192.168.28.51", "255.255.0.0", "192.168.28.254", "192.168.28.254"))
    check.equal(_sent[-1], "wifi-connect lab secret 192.168.28.51 16 192.168.28.254 192.168.28.254")
    sta.ifconfig("dhcp")
    sta.connect()
    check.equal(_sent[-1], "wifi-connect lab secret")
    check.raises(ValueError, sta.ifconfig, "static")
    check.raises(ValueError, sta.ifconfig, ("192.168.28.50", 24))


def test_the_access_points_address_can_be_set():
    ap = network.AccessPoint(_station())
    ap.ifconfig(("10.1.1.1", "255.255.255.0", "10.1.1.1", "10.1.1.1"))
    check.equal(ap.ifconfig()[:3], ("10.1.1.1", "255.255.255.0", "10.1.1.1"))
    check.raises(ValueError, ap.ifconfig, "dhcp")


check.run(globals())
