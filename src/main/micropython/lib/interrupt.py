# The interrupt character on UART0, as v1.13's ESP32 port treats it: the UART driver hands every
# octet it receives to the REPL's input, except the interrupt character while code runs (Ctrl-C,
# or what micropython.kbd_intr() set for this run; none while the REPL waits for a line), which
# raises KeyboardInterrupt in the running code instead. Here a thread reads UART0 (its pty, moved
# off standard input) and passes every other octet on through a pipe that standard input is now,
# so the REPL, sys.stdin and input() read as before. The interrupt is SIGINT to this process,
# which the Unix port turns into KeyboardInterrupt in the main thread (also out of a sleep or a
# poll); one at a time: a second SIGINT before the first is raised would end the Unix port.
import _thread
import ffi
import io
import micropython as _real
import select
import struct

import builtin

_clock = builtin.load("time")

CTRL_C = 3
_SIGINT = 2
_libc = ffi.open("libc.so.6")
_kill = _libc.func("i", "kill", "ii")
_getpid = _libc.func("i", "getpid", "")
_pipe = _libc.func("i", "pipe", "p")
_dup2 = _libc.func("i", "dup2", "ii")
_close = _libc.func("i", "close", "i")

_char = [-1]  # the interrupt character now: -1 while no code runs
_pending = [False]  # a SIGINT sent, its KeyboardInterrupt not yet raised


def install():
    """Moves UART0 off standard input, behind the thread that watches for the interrupt."""
    uart0 = io.open("/proc/self/fd/0", "rb")
    ends = bytearray(8)
    _pipe(ends)
    read_end, write_end = struct.unpack("ii", ends)
    stdin = io.open("/proc/self/fd/%d" % write_end, "wb")
    _dup2(read_end, 0)
    _close(read_end)
    _close(write_end)
    _thread.start_new_thread(_pass_on, (uart0, stdin))


def started():
    """Code starts running: Ctrl-C interrupts it."""
    _char[0] = CTRL_C


def finished():
    """Code ended: Ctrl-C is a key again. An interrupt sent just as the code ended lands here,
    not in the REPL that follows."""
    while True:
        try:
            _char[0] = -1
            while _pending[0]:
                _clock.sleep_ms(1)
            return
        except KeyboardInterrupt:
            pass


def kbd_intr(char):
    """micropython.kbd_intr: the interrupt character for the code running now (-1: none)."""
    _char[0] = char


def interrupts(octet):
    """Whether octet is the interrupt character of the code running now."""
    return octet == _char[0]


def key(octet):
    """From UART0's reader thread: True when octet interrupts the running code (SIGINT to the
    main thread, unless one is on its way already); False when it is input."""
    if not interrupts(octet):
        return False
    if not _pending[0]:
        _pending[0] = True
        _kill(_getpid(), _SIGINT)  # handled before kill() returns: the main thread's exception is set
        try:
            _real.schedule(_raised, None)  # runs in the main thread after that exception was raised
        except RuntimeError:  # the scheduler's queue is full: no way to hear back, so do not wait
            _pending[0] = False
    return True


def _raised(_):
    _pending[0] = False


def _pass_on(uart0, stdin):
    # an octet at a time, when one is there: a stream's read waits until it has all it asked for
    arrived = select.poll()
    arrived.register(uart0, select.POLLIN)
    octet = bytearray(1)
    while True:
        arrived.poll(-1)
        if not uart0.readinto(octet):
            return
        if not key(octet[0]):
            stdin.write(octet)
