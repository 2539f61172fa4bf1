# WebREPL as v1.13's firmware serves it, from the board's loop: the handshake, the password, the
# REPL as a second terminal, and the file protocol, against a client written here as a browser
# or webrepl_cli.py speaks (masked frames from the client, RFC 6455).
import socket
import struct

import board_loop
import check
import dupterm
import interrupt
import webrepl
import webrepl_files

PORT = 18266
PASSWORD = "ulx3s"


def _frame(payload, binary=False):
    mask = b"\x0f\xf0\x55\xaa"
    kind = 0x82 if binary else 0x81
    if len(payload) < 126:
        header = bytes((kind, 0x80 | len(payload)))
    else:
        header = bytes((kind, 0x80 | 126)) + struct.pack(">H", len(payload))
    return header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def _recv_frame(s):
    head = s.recv(2)
    length = head[1] & 0x7F
    if length == 126:
        length = struct.unpack(">H", s.recv(2))[0]
    data = b""
    while len(data) < length:
        data += s.recv(length - len(data))
    return head[0] & 0x0F, data


def _connect():
    s = socket.socket()
    s.connect(("127.0.0.1", PORT))
    s.settimeout(5)
    return s


def _handshake(s):
    s.send(b"GET / HTTP/1.1\r\nHost: board\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
    response = b""
    while not response.endswith(b"\r\n\r\n"):
        response += s.recv(1)
    return response


def _logged_in():
    s = _connect()

    def client():
        _handshake(s)
        check.equal(_recv_frame(s), (1, b"Password: "))
        s.send(_frame(PASSWORD.encode() + b"\r"))
        return _recv_frame(s)

    check.equal(board_loop.while_serving(client), (1, b"\r\nWebREPL connected\r\n>>> "))
    return s


def _log_out(s):
    s.close()
    while dupterm.attached() is not None:
        board_loop.callbacks.serve(50)


webrepl.start(PORT, PASSWORD)


def test_the_handshake_answers_rfc_6455s_example_key_then_asks_the_password():
    s = _connect()

    def client():
        response = _handshake(s)
        return response, _recv_frame(s)

    response, prompt = board_loop.while_serving(client)
    check.equal(response.split(b"\r\n")[0], b"HTTP/1.1 101 Switching Protocols")
    check.equal(b"Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n" in response, True)
    check.equal(prompt, (1, b"Password: "))
    s.close()


def test_a_wrong_password_is_denied_and_the_connection_closed():
    s = _connect()

    def client():
        _handshake(s)
        _recv_frame(s)
        s.send(_frame(b"guess\r"))
        return _recv_frame(s), s.recv(10)

    check.equal(board_loop.while_serving(client), ((1, b"\r\nAccess denied\r\n"), b""))
    check.equal(dupterm.attached(), None)


def test_once_logged_in_its_keys_reach_the_repl_and_the_consoles_output_reaches_it():
    s = _logged_in()
    s.send(_frame(b"1+1\r"))
    typed = b""
    while len(typed) < 4:
        board_loop.callbacks.serve(50)
        while dupterm.pending():
            typed += dupterm.take()
    check.equal(typed, b"1+1\r")
    print("printed\nhere")
    check.equal(_recv_frame(s), (1, b"printed\r\nhere\r\n"))
    _log_out(s)


def test_ctrl_c_from_the_client_interrupts_the_code_running_on_the_board():
    s = _logged_in()
    raised = False
    interrupt.started()
    try:
        s.send(_frame(b"\x03"))
        for _ in range(40):
            board_loop.callbacks.serve(50)
    except KeyboardInterrupt:
        raised = True
    finally:
        interrupt.finished()
    check.equal(raised, True)
    _log_out(s)


def test_a_second_client_is_turned_away_while_one_is_attached():
    first = _logged_in()
    second = _connect()
    check.equal(board_loop.while_serving(lambda: second.recv(10)), b"")
    _log_out(first)
    second.close()


def test_a_file_goes_up_split_over_frames_and_comes_back_in_chunks():
    s = _logged_in()
    content = bytes(range(256)) * 3
    request = struct.pack(webrepl_files.REQUEST, b"WA", webrepl_files.PUT, 0, 0, len(content), 13,
                          b"/tmp/sent.bin")

    def put():
        s.send(_frame(request[:10], True))
        s.send(_frame(request[10:], True))
        first = _recv_frame(s)
        s.send(_frame(content[:100], True))
        s.send(_frame(content[100:], True))
        return first, _recv_frame(s)

    check.equal(board_loop.while_serving(put), ((2, b"WB\x00\x00"), (2, b"WB\x00\x00")))
    with open("/tmp/sent.bin", "rb") as f:
        check.equal(f.read(), content)

    def get():
        s.send(_frame(struct.pack(webrepl_files.REQUEST, b"WA", webrepl_files.GET, 0, 0, 0, 13, b"/tmp/sent.bin"),
                      True))
        check.equal(_recv_frame(s), (2, b"WB\x00\x00"))
        received = b""
        while True:
            s.send(_frame(b"\x00", True))
            kind, chunk = _recv_frame(s)
            size = struct.unpack("<H", chunk[:2])[0]
            if size == 0:
                return received, _recv_frame(s)
            received += chunk[2:]

    check.equal(board_loop.while_serving(get), (content, (2, b"WB\x00\x00")))
    _log_out(s)


def test_the_version_request_answers_1_13_0():
    s = _logged_in()

    def version():
        s.send(_frame(struct.pack(webrepl_files.REQUEST, b"WA", webrepl_files.VERSION, 0, 0, 0, 0, b""), True))
        return _recv_frame(s)

    check.equal(board_loop.while_serving(version), (2, bytes((1, 13, 0))))
    _log_out(s)


def test_start_without_a_password_file_says_how_to_set_one():
    printed = []
    real_print = dupterm._print
    dupterm._print = lambda *args, **kw: printed.append(" ".join(str(a) for a in args))
    import builtins

    builtins.print = dupterm._print
    try:
        webrepl.start(PORT + 1)
    finally:
        builtins.print = real_print
        dupterm._print = real_print
        webrepl.start(PORT, PASSWORD)  # start() stopped the others' server first
    check.equal(printed, ["WebREPL is not configured, run 'import webrepl_setup'"])


check.run(globals())
