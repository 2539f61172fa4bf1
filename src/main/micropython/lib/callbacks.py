# The sockets' callbacks (socket.setsockopt(SOL_SOCKET, 20, handler)), run one at a time from
# the board's own loop as the ESP32 port runs them: the REPL serves every registered socket that
# becomes readable while it waits for its input (serve with a stream), and the time shim's sleeps
# serve them while main.py runs. A callback that raises prints its traceback
# on the console and the board goes on serving the others.
import _thread
import select
import sys

import esp32_sys

_handlers = {}  # socket -> handler
console = sys.stdout
_loop_thread = _thread.get_ident()  # the board's own: run.py's, which imports this first
_in_callback = [False]
_POLLNVAL = 0x20  # poll(2)'s flag for a closed descriptor; the select module does not name it


def register(sock, handler):
    _handlers[sock] = handler


def unregister(sock):
    _handlers.pop(sock, None)


def serve(timeout_ms, stream=None):
    """Calls the handler of each socket readable within timeout_ms; True when stream is readable."""
    poller = select.poll()
    if stream is not None:
        poller.register(stream, select.POLLIN)
    for sock in _handlers:
        poller.register(sock, select.POLLIN)
    stream_ready = False
    for obj, flags in poller.poll(timeout_ms):
        if obj is stream:
            stream_ready = True
        elif flags & _POLLNVAL:
            unregister(obj)  # closed behind the callback's back: nothing more will come
        elif obj in _handlers:
            _call(_handlers[obj], obj)
    return stream_ready


def may_serve():
    """True where the ESP32 would run callbacks: on the board's own thread, outside a callback."""
    return _thread.get_ident() == _loop_thread and not _in_callback[0]


def _call(handler, sock):
    _in_callback[0] = True
    try:
        handler(sock)
    except Exception as e:
        esp32_sys.print_exception(e, console)
    finally:
        _in_callback[0] = False

