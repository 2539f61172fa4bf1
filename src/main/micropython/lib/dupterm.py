# A second terminal for the REPL, as uos.dupterm attaches one on the ESP32 (WebREPL uses it):
# everything the console prints goes to it too, with the console's \r\n line ends. What it sends
# reaches the REPL as v1.13's esp32 port takes it: only when os.dupterm_notify() is called (a
# socket callback, as WebREPL and telnet servers set it), which reads the terminal a character at
# a time until it has none, into the REPL's input as the UART's keys go. One at a time; a
# terminal whose read gives EOF, or whose read or write raises, is let go with v1.13's message.
import builtins
import sys

import esp32_sys
import interrupt

import soft_reset

_print = builtins.print
messages = sys.stdout  # where the firmware's own lines go: UART0 (tests put a StringIO here)
_terminal = [None]
_typed = bytearray()


def dupterm(stream=None, index=0):
    """Attaches stream (None detaches); returns the terminal attached before."""
    previous = _terminal[0]
    _terminal[0] = stream
    builtins.print = _print if stream is None else _print_to_both
    return previous


soft_reset.at_reset(lambda: dupterm(None))


def attached():
    return _terminal[0]


def typed(data):
    """What the terminal sent, for the REPL to read (WebREPL's keys, dupterm_notify's); its
    interrupt character while code runs raises KeyboardInterrupt in that code, as UART0's does
    (this runs in a callback, from the code's sleep or poll), and what followed it is dropped."""
    for i in range(len(data)):
        if interrupt.interrupts(data[i]):
            _typed.extend(data[:i])
            raise KeyboardInterrupt
    _typed.extend(data)


def pending():
    return len(_typed) > 0


def take():
    b = bytes(_typed[:1])
    _typed[:] = _typed[1:]
    return b


def notify(_obj=None):
    """os.dupterm_notify: what the attached terminal has to read goes to the REPL's input."""
    one = bytearray(1)
    while _terminal[0] is not None:
        try:
            n = _terminal[0].readinto(one)
        except Exception as e:  # noqa: BLE001 - any exception, as v1.13's nlr catches them all
            _let_go("dupterm: Exception in read() method, deactivating: ", e)
            return
        if n is None:  # nothing now (a non-blocking read)
            return
        if n == 0:
            _let_go("dupterm: EOF received, deactivating\n")
            return
        typed(one)


def write(text):
    terminal = _terminal[0]
    if terminal is None or not text:
        return
    try:
        terminal.write(text.replace("\n", "\r\n"))
    except Exception as e:  # noqa: BLE001
        _let_go("dupterm: Exception in write() method, deactivating: ", e)


def _let_go(message, exception=None):
    """As v1.13's mp_uos_deactivate: detached first, the message on the console, then closed."""
    terminal = dupterm(None)
    messages.write(message)
    if exception is not None:
        esp32_sys.print_exception(exception, messages)  # the user's frames, as the board shows them
    try:
        terminal.close()
    except Exception:  # noqa: BLE001 - v1.13 ignores errors while closing
        pass


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
