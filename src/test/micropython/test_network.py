# network.PPP's Python face: what active() returns and how ifconfig() reads the stack's answers.
import board
import check
import network

_sent = []
_answers = {}


def _control(command):
    _sent.append(command)
    return _answers.get(command.split()[0], "")


board.control = _control


def test_active_returns_whether_ppp_is_active():
    ppp = network.PPP(None)
    check.equal(ppp.active(), False)
    check.equal(ppp.active(True), True)
    check.equal(ppp.active(False), False)
    check.equal(_sent[-2:], ["active 1", "active 0"])


def test_ifconfig_before_active_is_four_nones():
    _answers["ifconfig"] = "None None None None"
    check.equal(network.PPP(None).ifconfig(), (None, None, None, None))


def test_ifconfig_is_ip_gateway_netmask_dns():
    _answers["ifconfig"] = "10.0.5.1 10.0.5.2 255.255.255.255 192.168.28.254"
    check.equal(network.PPP(None).ifconfig(), ("10.0.5.1", "10.0.5.2", "255.255.255.255", "192.168.28.254"))


def test_connect_before_active_is_an_oserror():
    check.raises(OSError, network.PPP(None).connect)


check.run(globals())
