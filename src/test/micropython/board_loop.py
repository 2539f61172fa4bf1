# The board's loop for the tests: a test's client side runs in a thread of its own, as the Linux
# talks to the board from outside, while the test's thread serves the sockets' callbacks as the
# board's loop does.
import _thread

import callbacks


def while_serving(client):
    """Serves the callbacks until client() returns in its thread; its result, or its exception."""
    outcome = []

    def run():
        try:
            outcome.append((None, client()))
        except Exception as e:
            outcome.append((e, None))

    _thread.start_new_thread(run, ())
    while not outcome:
        callbacks.serve(50)
    error, result = outcome[0]
    if error is not None:
        raise error
    return result
