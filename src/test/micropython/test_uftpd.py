# The FTP shim: command parsing, and a callback server (served by the board's loop) that answers
# garbage and goes on serving, with passive and active data connections.
import _thread
import socket

import board_loop
import check

import uftpd  # starts on import, as on the board (port 21, root /flash)


def test_commands_parse_case_insensitively():
    check.equal(uftpd.parse("user anonymous\r\n"), ("USER", "anonymous"))
    check.equal(uftpd.parse("LIST\r\n"), ("LIST", ""))
    check.equal(uftpd.parse("\r\n"), ("", ""))


def test_port_arguments():
    check.equal(uftpd.parse_port("10,0,5,2,4,1"), ("10.0.5.2", 1025))
    check.raises(ValueError, uftpd.parse_port, "10,0,5,2,4")
    check.raises(ValueError, uftpd.parse_port, "10,0,5,2,4,999")
    check.raises(ValueError, uftpd.parse_port, "a,b,c,d,e,f")


def test_listing_lines_look_like_ls():
    line = uftpd.listing_line("boot.py", (0x8000, 0, 0, 0, 0, 0, 137, 0, 60, 0))
    check.equal(line, "-rw-r--r-- 1 owner group        137 Jan  1 00:01 boot.py\r\n")


def connect(port):
    s = socket.socket()
    s.connect(("127.0.0.1", port))
    s.settimeout(5)
    return s


def session():
    s = connect(21)
    check.equal(s.recv(100), b"220 Hello, this is the ESP8266.\r\n")
    return s


def test_the_server_answers_from_the_boards_loop_only():
    s = connect(21)
    s.settimeout(0.3)
    check.raises(OSError, s.recv, 100)  # nobody serves the callbacks: not even accepted
    s.settimeout(5)
    check.equal(board_loop.while_serving(lambda: s.recv(100)), b"220 Hello, this is the ESP8266.\r\n")
    s.close()


def test_garbage_gets_errors_and_the_session_goes_on():
    board_loop.while_serving(garbage)


def garbage():
    s = session()
    s.send(b"\xff\xfe\r\n")
    check.equal(s.recv(100), b"500 Bad characters.\r\n")
    s.send(b"FROB\r\n")
    check.equal(s.recv(100), b"502 Unsupported command.\r\n")
    s.send(b"PORT 1,2,3\r\n")
    check.equal(s.recv(100), b"501 Syntax error in PORT.\r\n")
    s.send(b"SYST\r\n")
    check.equal(s.recv(100), b"215 UNIX Type: L8\r\n")
    s.close()


def test_an_endless_line_closes_that_client_only():
    board_loop.while_serving(flood)


def flood():
    flooder = session()
    flooder.send(b"A" * 2000)
    # the server answers 500 and closes; closing with unread input may reset the connection
    said = b""
    try:
        while True:
            chunk = flooder.recv(100)
            if not chunk:
                break
            said += chunk
    except OSError as e:
        check.equal(e.args[0], 104)  # ECONNRESET
    check.equal(said in (b"", b"500 Line too long.\r\n"), True)
    flooder.close()
    other = session()
    other.send(b"PWD\r\n")
    check.equal(other.recv(100), b'257 "/"\r\n')
    other.close()


def command(s, line):
    s.write(line)
    return s.recv(200)


def answer_the_wifi_address():
    # the network-stack model's control port, asked for the address PASV names
    control = socket.socket()
    control.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    control.bind(("127.0.0.1", 7000))
    control.listen(1)

    def answer():
        asker, _ = control.accept()
        asker.recv(100)
        asker.write(b"ok 127.0.0.1 255.255.255.0\n")
        asker.close()
        control.close()

    _thread.start_new_thread(answer, ())


def test_a_passive_retrieve_brings_the_whole_file():
    with open("/flash/big.bin", "wb") as f:
        for i in range(64):
            f.write(bytes((i,)) * 1024)

    answer_the_wifi_address()

    def retrieve():
        s = session()
        answer = command(s, b"PASV\r\n").decode()
        numbers = answer[answer.index("(") + 1:answer.index(")")].split(",")
        data = connect(int(numbers[4]) * 256 + int(numbers[5]))
        check.equal(command(s, b"RETR big.bin\r\n"), b"150 Opened data connection.\r\n")
        received = b""
        while True:
            chunk = data.recv(4096)
            if not chunk:
                break
            received += chunk
        check.equal(s.recv(100), b"226 Done.\r\n")
        data.close()
        s.close()
        return received

    received = board_loop.while_serving(retrieve)
    check.equal((len(received), received[0], received[-1]), (65536, 0, 63))


def _active_listing(verb, port):
    """What verb (LIST or NLST) sends over an active data connection to port."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(1)
    listener.settimeout(5)

    def listing():
        s = session()
        check.equal(command(s, b"PORT 127,0,0,1,%d,%d\r\n" % (port >> 8, port & 255)), b"200 OK\r\n")
        s.write(verb + b"\r\n")
        data, _ = listener.accept()
        text = data.read()
        data.close()
        s.close()
        return text

    try:
        return board_loop.while_serving(listing)
    finally:
        listener.close()


def test_an_active_listing_names_the_files():
    open("/flash/listed.txt", "w").close()
    check.equal(b"listed.txt\r\n" in _active_listing(b"NLST", 18021), True)


def test_a_long_listing_dates_a_file_by_the_board_s_rtc():
    import machine

    machine.RTC().datetime((2021, 3, 4, 3, 5, 6, 7, 0))
    open("/flash/dated.txt", "w").close()
    check.equal(b" Mar  4 05:06 dated.txt\r\n" in _active_listing(b"LIST", 18022), True)


check.run(globals())
