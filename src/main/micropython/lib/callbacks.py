# The sockets' callbacks (socket.setsockopt(SOL_SOCKET, 20, handler)) and the alarms of
# machine.Timer, run one at a time from the board's own loop as the ESP32 port schedules them:
# the REPL serves every registered socket that becomes readable and every alarm that comes due
# while it waits for its input (serve with a stream), and the time shim's sleeps serve them while
# main.py runs. A callback that raises prints its traceback on the console and the board goes on
# serving the others.
import _thread
import select
import sys

import dupterm
import esp32_sys
import soft_reset
import time  # the board's: time imports this module, so its names are looked up when called

_handlers = {}  # socket -> handler
_alarms = {}  # owner -> (due, function): function(owner) is called once time.ticks_ms() reaches due
console = dupterm.console
_loop_thread = _thread.get_ident()  # the board's own: run.py's, which imports this first
_in_callback = [False]
_POLLNVAL = 0x20  # poll(2)'s flag for a closed descriptor; the select module does not name it


def _forget():
    _handlers.clear()
    _alarms.clear()


soft_reset.at_reset(_forget)


def register(sock, handler):
    _handlers[sock] = handler


def unregister(sock):
    _handlers.pop(sock, None)


def alarm(owner, due, function):
    """Calls function(owner) from the board's loop once time.ticks_ms() reaches due; replaces owner's alarm."""
    _alarms[owner] = (due, function)


def cancel(owner):
    _alarms.pop(owner, None)


def serve(timeout_ms, stream=None):
    """Calls the handler of each socket readable within timeout_ms (-1: until one is), and each
    alarm that comes due meanwhile; True when stream is readable."""
    poller = select.poll()
    if stream is not None:
        poller.register(stream, select.POLLIN)
    for sock in _handlers:
        poller.register(sock, select.POLLIN)
    stream_ready = False
    for obj, flags in poller.poll(_until_next_alarm(timeout_ms)):
        if obj is stream:
            stream_ready = True
        elif flags & _POLLNVAL:
            unregister(obj)  # closed behind the callback's back: nothing more will come
        elif obj in _handlers:
            _call(_handlers[obj], obj)
    _ring_due_alarms()
    return stream_ready


def _until_next_alarm(timeout_ms):
    now = time.ticks_ms()
    for due, _ in _alarms.values():
        left = max(0, time.ticks_diff(due, now))
        timeout_ms = left if timeout_ms < 0 else min(timeout_ms, left)
    return timeout_ms


def _ring_due_alarms():
    now = time.ticks_ms()
    due_now = [(owner, due) for owner, (due, _) in _alarms.items() if time.ticks_diff(due, now) <= 0]
    due_now.sort(key=lambda entry: time.ticks_diff(entry[1], now))
    for owner, due in due_now:
        entry = _alarms.get(owner)
        if entry is not None and entry[0] == due:  # not cancelled or moved by an earlier callback
            del _alarms[owner]
            _call(entry[1], owner)


def may_serve():
    """True where the ESP32 would run callbacks: on the board's own thread, outside a callback."""
    return _thread.get_ident() == _loop_thread and not _in_callback[0]


def _call(handler, arg):
    _in_callback[0] = True
    try:
        handler(arg)
    except Exception as e:
        esp32_sys.print_exception(e, console)
    finally:
        _in_callback[0] = False

