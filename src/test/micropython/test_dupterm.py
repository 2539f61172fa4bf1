# os.dupterm and os.dupterm_notify as v1.13's esp32 port has them: the console's output goes to
# the attached terminal; what the terminal has is read only when dupterm_notify() is called (a
# socket callback, as telnet servers written for the ESP32 set it: TelnetReplTest on a real board);
# EOF or an exception in the terminal's read or write lets it go with the firmware's message.
import io

import check
import dupterm
import esp32_port
import interrupt

esp32_port.install()  # as run.py does before boot.py
import os  # noqa: E402  the board's os


class Terminal(io.IOBase):
    """A stream with input waiting: readinto gives a character at a time, None when out."""

    def __init__(self, keys, at_end=None):
        self.keys = bytearray(keys)
        self.at_end = at_end  # None: nothing now; 0: EOF; an exception: raised
        self.written = []
        self.closed = False

    def readinto(self, b):
        if self.keys:
            b[0] = self.keys[0]
            self.keys = self.keys[1:]
            return 1
        if isinstance(self.at_end, Exception):
            raise self.at_end
        return self.at_end

    def write(self, data):
        if isinstance(self.at_end, Exception):
            raise self.at_end
        self.written.append(data)
        return len(data)

    def close(self):
        self.closed = True


def _typed():
    keys = b""
    while dupterm.pending():
        keys += dupterm.take()
    return keys


def _messages():
    console = io.StringIO()
    dupterm.messages = console
    return console


def test_keys_reach_the_repl_only_when_dupterm_notify_is_called():
    terminal = Terminal(b"1+1\r")
    check.equal(os.dupterm(terminal), None)
    check.equal(_typed(), b"")  # v1.13's esp32 port never polls the terminal itself
    os.dupterm_notify(None)
    check.equal(_typed(), b"1+1\r")
    check.equal(os.dupterm(None), terminal)


def test_the_consoles_output_reaches_the_terminal_with_its_line_ends():
    terminal = Terminal(b"")
    os.dupterm(terminal)
    print("a\nb")
    os.dupterm(None)
    check.equal("".join(terminal.written), "a\r\nb\r\n")


def test_ctrl_c_from_the_terminal_interrupts_running_code_and_is_a_key_at_the_prompt():
    os.dupterm(Terminal(b"\x03"))
    interrupt.started()
    try:
        os.dupterm_notify(None)
        raised = False
    except KeyboardInterrupt:
        raised = True
    finally:
        interrupt.finished()
    check.equal((raised, _typed()), (True, b""))
    os.dupterm(Terminal(b"\x03"))
    os.dupterm_notify(None)
    check.equal(_typed(), b"\x03")
    os.dupterm(None)


def test_eof_lets_the_terminal_go_and_closes_it():
    console = _messages()
    terminal = Terminal(b"x", at_end=0)
    os.dupterm(terminal)
    os.dupterm_notify(None)
    check.equal((_typed(), dupterm.attached(), terminal.closed), (b"x", None, True))
    check.equal(console.getvalue(), "dupterm: EOF received, deactivating\n")


def test_a_read_that_raises_lets_the_terminal_go_with_the_exception_printed():
    console = _messages()
    terminal = Terminal(b"", at_end=OSError(104))
    os.dupterm(terminal)
    os.dupterm_notify(None)
    check.equal((dupterm.attached(), terminal.closed), (None, True))
    lines = console.getvalue().splitlines()
    check.equal((lines[0], lines[1].startswith('  File "test_dupterm.py"'), lines[1].endswith("in readinto"), lines[2:]),
                ("dupterm: Exception in read() method, deactivating: Traceback (most recent call last):", True, True,
                 ["OSError: [Errno 104] ECONNRESET"]))


def test_a_write_that_raises_lets_the_terminal_go():
    console = _messages()
    terminal = Terminal(b"", at_end=ValueError("gone"))
    os.dupterm(terminal)
    print("hello")
    check.equal(dupterm.attached(), None)
    check.equal("dupterm: Exception in write() method, deactivating: " in console.getvalue(), True)
    check.equal("ValueError: gone" in console.getvalue(), True)


check.run(globals())
