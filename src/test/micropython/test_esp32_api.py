# The ESP32 port's API as MicroPython v1.13's esp32 port offers it, so code written for the
# ESP32 runs on the board unchanged. The container has only loopback: fixed ports are free.
import _thread
import io

import callbacks
import check
import esp32_port
import socket
import time

esp32_port.install()  # as run.py does before boot.py
import sys  # noqa: E402  after install(): the board's sys, as boot.py and main.py get it

SO_REGISTER_HANDLER = 20
_ports = [18100]


def _listening():
    _ports[0] += 1
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(socket.getaddrinfo("127.0.0.1", _ports[0])[0][-1])
    server.listen(2)
    return server, _ports[0]


def _connect(port):
    client = socket.socket()
    client.connect(socket.getaddrinfo("127.0.0.1", port)[0][-1])
    return client


def test_a_listening_socket_calls_its_handler_with_itself_when_a_client_connects():
    server, port = _listening()
    called = []
    server.setsockopt(socket.SOL_SOCKET, SO_REGISTER_HANDLER, called.append)
    client = _connect(port)
    callbacks.serve(2000)
    check.equal(called, [server])
    server.close()
    client.close()


def test_an_accepted_socket_calls_its_handler_when_data_arrives():
    server, port = _listening()
    received = []

    def on_data(sock):
        received.append(sock.recv(16))
        sock.close()

    def on_accept(sock):
        peer, _ = sock.accept()
        peer.setsockopt(socket.SOL_SOCKET, SO_REGISTER_HANDLER, on_data)

    server.setsockopt(socket.SOL_SOCKET, SO_REGISTER_HANDLER, on_accept)
    client = _connect(port)
    callbacks.serve(2000)
    client.send(b"hello")
    callbacks.serve(2000)
    check.equal(received, [b"hello"])
    server.close()
    client.close()


def test_handler_none_unregisters():
    server, port = _listening()
    called = []
    server.setsockopt(socket.SOL_SOCKET, SO_REGISTER_HANDLER, called.append)
    server.setsockopt(socket.SOL_SOCKET, SO_REGISTER_HANDLER, None)
    client = _connect(port)
    callbacks.serve(200)
    check.equal(called, [])
    server.close()
    client.close()


def test_a_raising_handler_prints_its_traceback_and_the_others_are_still_served():
    broken, broken_port = _listening()
    working, working_port = _listening()

    def fail(sock):
        raise ValueError("handler broke")

    served = []

    def accept(sock):
        served.append(sock.accept()[0])

    broken.setsockopt(socket.SOL_SOCKET, SO_REGISTER_HANDLER, fail)
    working.setsockopt(socket.SOL_SOCKET, SO_REGISTER_HANDLER, accept)
    console = io.StringIO()
    callbacks.console = console
    clients = [_connect(broken_port), _connect(working_port)]
    callbacks.serve(2000)
    check.equal(len(served), 1)
    text = console.getvalue()
    check.equal(("Traceback" in text, "ValueError: handler broke" in text), (True, True))
    check.equal(("in fail" in text, "/opt/board/" in text), (True, False))  # the user's frame, not the shims'
    for sock in clients + served + [broken, working]:
        sock.close()


def test_a_traceback_names_flash_files_as_the_esp32_does():
    import os

    os.chdir("/")  # the flash's root, which '' on sys.path names
    try:
        os.mkdir("/lib")
    except OSError:
        pass  # there already
    for name, path in (("in_lib", "/lib/in_lib.py"), ("at_root", "at_root.py")):
        with open(path, "w") as f:
            f.write("def fail():\n    raise ValueError('from the flash')\n")
        printed = io.StringIO()
        try:
            __import__(name).fail()
        except ValueError as e:
            sys.print_exception(e, printed)
        check.equal(printed.getvalue().splitlines()[-2:],
                    ['  File "%s", line 2, in fail' % path, "ValueError: from the flash"])


def test_the_loop_returns_when_its_stream_has_input():
    server, port = _listening()
    called = []
    server.setsockopt(socket.SOL_SOCKET, SO_REGISTER_HANDLER, called.append)
    stream, writer = _listening_pair()
    writer.send(b"x")
    check.equal(callbacks.serve(-1, stream), True)
    check.equal(called, [])
    for sock in (server, stream, writer):
        sock.close()


def _listening_pair():
    server, port = _listening()
    writer = _connect(port)
    stream, _ = server.accept()
    server.close()
    return stream, writer


def _greeter(port, greeted, broken_first):
    # a callback server as a user's main.py starts it; broken_first: the first client's call raises
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen(2)

    def on_connect(sock):
        client, _ = sock.accept()
        greeted.append(client)
        if broken_first and len(greeted) == 1:
            raise ValueError("the first client broke it")
        client.send(b"hello")

    server.setsockopt(socket.SOL_SOCKET, SO_REGISTER_HANDLER, on_connect)
    return server


def _in_a_thread(work):
    outcome = []
    _thread.start_new_thread(lambda: outcome.append(work()), ())
    return outcome


def _sleep_until(outcome, loops):
    # main.py's "while True: time.sleep(1)", bounded
    for _ in range(loops):
        if outcome:
            return
        time.sleep(0.1)


def _hello(port):
    client = socket.socket()
    client.settimeout(5)
    client.connect(("127.0.0.1", port))
    try:
        return client.recv(16)
    except OSError as e:
        return e
    finally:
        client.close()


def test_callbacks_run_while_the_program_sleeps():
    _ports[0] += 1
    server = _greeter(_ports[0], [], False)
    outcome = _in_a_thread(lambda: _hello(_ports[0]))
    _sleep_until(outcome, 100)
    check.equal(outcome, [b"hello"])
    server.close()


def test_a_callback_that_raises_in_a_sleep_prints_its_traceback_and_the_next_client_is_served():
    _ports[0] += 1
    console = io.StringIO()
    callbacks.console = console
    greeted = []
    server = _greeter(_ports[0], greeted, True)
    first = _in_a_thread(lambda: _hello(_ports[0]))
    _sleep_until(greeted, 100)
    second = _in_a_thread(lambda: _hello(_ports[0]))
    _sleep_until(second, 100)
    check.equal(second, [b"hello"])
    text = console.getvalue()
    check.equal(("Traceback" in text, "ValueError: the first client broke it" in text), (True, True))
    greeted[0].close()
    _sleep_until(first, 100)
    server.close()


def test_a_callback_that_sleeps_runs_no_other_callback_meanwhile():
    server, port = _listening()
    other, other_port = _listening()
    order = []

    def sleepy(sock):
        order.append("sleepy in")
        time.sleep_ms(300)
        order.append("sleepy out")
        sock.accept()[0].close()

    def quick(sock):
        order.append("quick")
        sock.accept()[0].close()

    server.setsockopt(socket.SOL_SOCKET, SO_REGISTER_HANDLER, sleepy)
    other.setsockopt(socket.SOL_SOCKET, SO_REGISTER_HANDLER, quick)
    clients = [_connect(port), _connect(other_port)]
    for _ in range(3):
        callbacks.serve(2000)
    check.equal(order.index("sleepy out"), order.index("sleepy in") + 1)
    for sock in clients + [server, other]:
        sock.close()


def test_getaddrinfo_is_one_five_tuple_with_an_ip_and_port_pair():
    check.equal(socket.getaddrinfo("localhost", 80), [(socket.AF_INET, socket.SOCK_STREAM, 0, "", ("127.0.0.1", 80))])


def test_a_name_the_dns_does_not_know_is_oserror_minus_202():
    try:
        socket.getaddrinfo("no-such-host.invalid", 80)
    except OSError as e:
        check.equal(e.args[0], -202)
        return
    raise AssertionError("resolved a name that does not exist")


def test_bind_and_connect_take_host_port_tuples_and_names():
    _ports[0] += 1
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("", _ports[0]))
    server.listen(1)
    client = socket.socket()
    client.connect(("localhost", _ports[0]))
    peer, address = server.accept()
    check.equal(address[0], "127.0.0.1")
    for sock in (peer, client, server):
        sock.close()


def test_datagrams_take_and_give_host_port_tuples():
    _ports[0] += 1
    receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    receiver.bind(("127.0.0.1", _ports[0]))
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sender.sendto(b"ping", ("localhost", _ports[0]))
    data, address = receiver.recvfrom(16)
    check.equal((data, address[0]), (b"ping", "127.0.0.1"))
    receiver.close()
    sender.close()


def test_socket_error_is_oserror_and_settimeout_ends_a_silent_recv():
    check.equal(socket.error, OSError)
    server, port = _listening()
    client = _connect(port)
    client.settimeout(0.2)
    check.raises(socket.error, client.recv, 1)
    client.close()
    server.close()


def test_the_u_names_are_the_boards_modules():
    import uselect, uos, ujson, ubinascii, _thread, gc  # noqa: F401  the Unix port's own
    import usocket, utime, time

    check.equal((usocket.socket, usocket.SOL_SOCKET), (socket.socket, socket.SOL_SOCKET))
    check.equal((utime.sleep_ms, utime.localtime), (time.sleep_ms, time.localtime))
    gc.collect()


def test_const_sys_platform_and_the_emergency_exception_buffer():
    import sys
    import micropython
    from micropython import const as imported_const

    check.equal((const(7), imported_const(8), sys.platform), (7, 8, "esp32"))
    check.equal((sys.version, sys.implementation.version, sys.implementation[0]), ("3.4.0", (1, 13, 0), "micropython"))
    check.equal(repr(sys.implementation), "(name='micropython', version=(1, 13, 0), mpy=10757)")
    micropython.alloc_emergency_exception_buf(100)


def test_the_access_point_is_inactive_unless_started():
    import network

    ap = network.WLAN(network.AP_IF)
    check.equal((ap.active(), ap.isconnected()), (False, False))
    ap.active(True)
    check.equal(ap.active(), True)


def test_uos_lists_stats_and_measures_the_flash():
    import uos

    with open("/esp32_api.txt", "w") as f:
        f.write("12345")
    check.equal(uos.stat("/esp32_api.txt")[6], 5)
    check.equal("esp32_api.txt" in [entry[0] for entry in uos.ilistdir("/")], True)
    check.equal(len(uos.statvfs("/")), 10)
    uos.remove("/esp32_api.txt")


def test_localtime_reads_the_rtc():
    import machine
    import time

    machine.RTC().datetime((2021, 3, 4, 3, 5, 6, 7, 0))
    check.equal(time.localtime()[:5], (2021, 3, 4, 5, 6))


def test_sendall_sends_all_of_text_and_bytes():
    server, port = _listening()
    client = _connect(port)
    accepted, _ = server.accept()
    big = bytes(range(256)) * 1024
    _thread.start_new_thread(lambda: (client.sendall("text:"), client.sendall(big)), ())
    received = b""
    while len(received) < 5 + len(big):
        received += accepted.recv(65536)
    check.equal((received[:5], received[5:] == big), (b"text:", True))
    for sock in (client, accepted, server):
        sock.close()


def test_a_wait_that_runs_out_is_etimedout_and_a_non_blocking_one_eagain():
    import errno

    server, port = _listening()
    server.settimeout(0.1)
    _expect_errno(server.accept, errno.ETIMEDOUT)
    client = _connect(port)
    accepted, _ = server.accept()
    accepted.settimeout(0.1)
    for operation in (lambda: accepted.recv(10), lambda: accepted.readline(), lambda: accepted.read(10)):
        _expect_errno(operation, errno.ETIMEDOUT)
    accepted.setblocking(False)
    _expect_errno(lambda: accepted.recv(10), errno.EAGAIN)
    for sock in (client, accepted, server):
        sock.close()


def _expect_errno(operation, number):
    try:
        operation()
    except OSError as e:
        check.equal(e.args[0], number)
        return
    raise AssertionError("no OSError %d" % number)


def test_socket_names_the_protocols_as_the_esp32s_usocket():
    check.equal((socket.IPPROTO_IP, socket.IPPROTO_TCP, socket.IPPROTO_UDP), (0, 6, 17))


def test_the_clock_counts_from_2000_as_the_esp32s_does():
    import machine
    import time

    check.equal((time.localtime(0)[:6], time.mktime((2000, 1, 2, 0, 0, 0, 0, 0))), ((2000, 1, 1, 0, 0, 0), 86400))
    machine.RTC().datetime((2000, 1, 1, 6, 0, 0, 0, 0))  # the RTC at power-on
    check.equal(time.time() < 60, True)
    machine.RTC().datetime((2021, 3, 4, 3, 5, 6, 7, 0))
    now = time.time()
    check.equal((time.localtime(now)[:5], time.gmtime(now)[:5]), ((2021, 3, 4, 5, 6), (2021, 3, 4, 5, 6)))
    check.equal(abs(time.mktime(time.localtime()) - now) < 60, True)


check.run(globals())
