# The FTP shim: command parsing, and a server that answers garbage and goes on serving.
import socket

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


def session():
    s = socket.socket()
    s.connect(socket.getaddrinfo("127.0.0.1", 21)[0][-1])
    s.settimeout(5)
    check.equal(s.recv(100), b"220 Hello, this is the ESP8266.\r\n")
    return s


def test_garbage_gets_errors_and_the_session_goes_on():
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


check.run(globals())
