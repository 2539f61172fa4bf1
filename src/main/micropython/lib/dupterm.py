# A second terminal for the REPL, as uos.dupterm attaches one on the ESP32 (WebREPL uses it):
# everything the console prints goes to it too, with the console's \r\n line ends, and what it
# sends is typed at the REPL as the UART's keys are. One at a time; a terminal that fails to take
# output is let go, as the firmware's dupterm lets go of one that raises.
import builtins
import sys

import soft_reset

_print = builtins.print
_terminal = [None]
_typed = bytearray()


def dupterm(stream=None, index=0):
    """Attaches stream (None detaches); returns the terminal attached before."""
    previous = _terminal[0]
    _terminal[0] = stream
    _typed[:] = b""
    builtins.print = _print if stream is None else _print_to_both
    return previous


soft_reset.at_reset(lambda: dupterm(None))


def attached():
    return _terminal[0]


def typed(data):
    """What the terminal sent, for the REPL to read."""
    _typed.extend(data)


def pending():
    return len(_typed) > 0


def take():
    b = bytes(_typed[:1])
    _typed[:] = _typed[1:]
    return b


def write(text):
    terminal = _terminal[0]
    if terminal is None or not text:
        return
    try:
        terminal.write(text.replace("\n", "\r\n"))
    except OSError:
        dupterm(None)


class _Console:
    """The board's console output: UART0, and the attached terminal, if any."""

    def write(self, text):
        sys.stdout.write(text)
        write(text)


console = _Console()


def _print_to_both(*args, sep=" ", end="\n", file=None):
    if file is not None and file is not sys.stdout:
        _print(*args, sep=sep, end=end, file=file)
        return
    _print(*args, sep=sep, end=end)
    write(sep.join(str(a) for a in args) + end)
