# The REPL on UART0: the friendly prompt (>>>) with v1.13's continuation lines (... and its
# auto-indent, until a blank line ends a compound statement), its paste mode (Ctrl-E), and the
# raw REPL that tools use on real boards (Ctrl-A enters, Ctrl-D runs what was sent, Ctrl-B
# leaves, Ctrl-C cancels). Lines end in \n: the UART's pty turns them into \r\n, as the board's
# console driver does for print() too.
import sys

import callbacks
import dupterm
import esp32_sys
import interrupt
import soft_reset

CTRL_A = b"\x01"
CTRL_B = b"\x02"
CTRL_C = b"\x03"
CTRL_D = b"\x04"
CTRL_E = b"\x05"
_COMPOUND = ("if", "while", "for", "try", "with", "def", "class", "async")
BANNER = "MicroPython v1.13 on 2020-09-02; ESP32 module with ESP32\nType \"help()\" for more information.\n"

_in = sys.stdin.buffer
_globals = {"__name__": "__main__"}


def _forget_globals():
    _globals.clear()
    _globals["__name__"] = "__main__"


soft_reset.at_reset(_forget_globals)


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
    interrupt.started()
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
    finally:
        interrupt.finished()
    return None


def _starts_compound(text):
    if text.startswith("@"):
        return True
    for word in _COMPOUND:
        after = text[len(word):len(word) + 1]
        if text.startswith(word) and not (after.isalpha() or after.isdigit() or after == "_"):
            return True
    return False


def continues(text):
    """Whether the REPL asks for another line after text, as v1.13's REPL decides it: an open
    bracket or triple quote, a trailing backslash, or a compound statement not yet ended by a
    blank line."""
    if not text:
        return False
    quote = None
    depth = 0
    i = 0
    while i < len(text):
        c = text[i]
        if quote is not None and c == "\\":
            i += 2
            continue
        if c in "'\"":
            triple = text[i:i + 3] == c * 3
            if quote is None:
                quote = c * 3 if triple else c
                i += 3 if triple else 1
                continue
            if quote == c * 3 and triple or quote == c:
                i += len(quote)
                quote = None
                continue
        elif quote is None and c in "([{":
            depth += 1
        elif quote is None and c in ")]}":
            depth -= 1
        i += 1
    if quote is not None and len(quote) == 3:
        return True
    if depth > 0 and quote is None:
        return True
    if text.endswith("\\"):
        return True
    return _starts_compound(text) and not text.endswith("\n")


def auto_indent(text):
    """The spaces v1.13's REPL types at a continuation line: the last line's indent, 4 more
    after a colon; none after two lines of nothing but spaces."""
    lines = text.split("\n")[:-1]
    last = lines[-1]
    if not last.strip() and len(lines) > 1 and not lines[-2].strip():
        return ""
    indent = (len(last) - len(last.lstrip(" "))) // 4
    return "    " * (indent + (1 if last.endswith(":") else 0))


def paste_mode():
    """Ctrl-E: lines as they come, run as a whole at Ctrl-D; Ctrl-C cancels."""
    write("\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ")
    source = b""
    while True:
        b = read_byte()
        if b == CTRL_C:
            write("\n")
            return
        if b == CTRL_D:
            write("\n")
            error = execute(source.decode(), False)
            if error is not None:
                esp32_sys.print_exception(error, _out)
            return
        if b in (b"\r", b"\n"):
            source += b"\n"
            write("\n=== ")
        else:
            source += b
            write(b.decode())


_raw = [False]  # the REPL's mode, which a soft reset keeps, as the port's pyexec_mode_kind


def raw_repl():
    """The raw REPL; True when Ctrl-D with nothing sent asks for a soft reset, False at Ctrl-B."""
    write("raw REPL; CTRL-B to exit\n>")
    while True:
        source = b""
        while True:
            b = read_byte()
            if b == CTRL_B:
                write("\n")
                _raw[0] = False
                return False
            if b == CTRL_C:
                source = b""
                continue
            if b == CTRL_D:
                break
            if b == CTRL_A:
                write("raw REPL; CTRL-B to exit\n>")  # starts the raw REPL afresh
                source = b""
                continue
            source += b
        write("OK")
        if not source:
            write("\n")
            return True
        error = execute(source.decode(), False)
        write("\x04")
        if error is not None:
            esp32_sys.print_exception(error, _out)
        write("\x04>")


def run():
    """The REPL, in the mode it was left in, until a soft reset (Ctrl-D with nothing typed)."""
    while True:
        if raw_repl() if _raw[0] else friendly_repl():
            return


def friendly_repl():
    """The friendly REPL; True for a soft reset, False when Ctrl-A switches to the raw one."""
    write(BANNER + ">>> ")
    line = b""
    entered = ""  # the lines of a statement that goes on over continuation lines
    while True:
        b = read_byte()
        if b == CTRL_A and not entered:
            write("\n")
            _raw[0] = True
            return False
        elif b == CTRL_E and not line and not entered:
            paste_mode()
            write(">>> ")
        elif b == CTRL_C:
            line = b""
            entered = ""
            write("\nKeyboardInterrupt\n>>> ")
        elif b == CTRL_D and not line and not entered:
            write("\n")
            return True
        elif b in (b"\r", b"\n") or b == CTRL_D:
            text = entered + line.decode()
            if b != CTRL_D and continues(text):
                entered = text + "\n"
                indent = auto_indent(entered)
                line = indent.encode()
                write("\n... " + indent)
                continue
            write("\n")
            if text.strip():
                error = execute(text, True)
                if error is not None:
                    esp32_sys.print_exception(error, _out)
            line = b""
            entered = ""
            write(">>> ")
        elif b in (b"\x7f", b"\x08"):
            # after the auto-indent's spaces, one level of indent at a time, as v1.13's readline
            gone = 4 if len(line) >= 4 and not line.strip(b" ") else min(1, len(line))
            line = line[:len(line) - gone]
            write("\b" * gone + " " * gone + "\b" * gone)
        else:
            line += b
            write(b.decode())
