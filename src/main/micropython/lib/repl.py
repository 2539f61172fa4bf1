# The REPL on UART0: the friendly prompt (>>>) and the raw REPL that tools use on real boards
# (Ctrl-A enters, Ctrl-D runs what was sent, Ctrl-B leaves, Ctrl-C cancels). Lines end in \n:
# the UART's pty turns them into \n, as the board's console driver does for print() too.
import sys

import callbacks
import dupterm
import esp32_sys

CTRL_A = b"\x01"
CTRL_B = b"\x02"
CTRL_C = b"\x03"
CTRL_D = b"\x04"
BANNER = "MicroPython v1.13 on 2020-09-02; ESP32 module with ESP32\nType \"help()\" for more information.\n"

_in = sys.stdin.buffer
_globals = {"__name__": "__main__"}


_out = dupterm.console


def write(text):
    _out.write(text)


def read_byte():
    # the board idles here: the sockets' callbacks run while the console waits for a key, and
    # one of them may be a second terminal's (WebREPL) bringing keys of its own
    while not dupterm.pending():
        if callbacks.serve(-1, _in):
            b = _in.read(1)
            if not b:
                raise SystemExit
            return b
    return dupterm.take()


def execute(source, show_value):
    try:
        if show_value:
            try:
                code = compile(source, "<stdin>", "eval")
            except SyntaxError:
                code = None
            if code is not None:
                value = eval(code, _globals)
                if value is not None:
                    write(repr(value) + "\n")
                return None
        exec(source, _globals)
    except SystemExit:
        raise
    except BaseException as e:
        return e
    return None


def raw_repl():
    write("raw REPL; CTRL-B to exit\n>")
    while True:
        source = b""
        while True:
            b = read_byte()
            if b == CTRL_B:
                write("\n" + BANNER + ">>> ")
                return
            if b == CTRL_C:
                source = b""
                continue
            if b == CTRL_D:
                break
            if b == CTRL_A:
                continue
            source += b
        write("OK")
        error = execute(source.decode(), False)
        write("\x04")
        if error is not None:
            esp32_sys.print_exception(error, _out)
        write("\x04>")


def run():
    write(BANNER + ">>> ")
    line = b""
    while True:
        b = read_byte()
        if b == CTRL_A:
            line = b""
            raw_repl()
        elif b == CTRL_C:
            line = b""
            write("\nKeyboardInterrupt\n>>> ")
        elif b == CTRL_D and not line:
            write("\nMPY: soft reboot\n" + BANNER + ">>> ")
        elif b in (b"\r", b"\n"):
            write("\n")
            if line.strip():
                error = execute(line.decode(), True)
                if error is not None:
                    esp32_sys.print_exception(error, _out)
            line = b""
            write(">>> ")
        elif b in (b"\x7f", b"\x08"):
            if line:
                line = line[:-1]
                write("\b \b")
        else:
            line += b
            write(b.decode())
