# UART0's interrupt character as v1.13's ESP32 port treats it: while code runs, Ctrl-C raises
# KeyboardInterrupt in it (one at a time); otherwise, or after micropython.kbd_intr(-1), it is a
# key like any other.
import _thread

import check
import esp32_port
import interrupt
import time

esp32_port.install()
import micropython  # noqa: E402  the board's


def _typed(*octets):
    """Octets as UART0's reader thread takes them; what each was (True: an interrupt)."""
    seen = []
    _thread.start_new_thread(lambda: seen.extend(interrupt.key(o) for o in octets), ())
    for _ in range(100):
        if len(seen) == len(octets):
            break
        try:
            time.sleep_ms(5)
        except KeyboardInterrupt:
            _interrupts[0] += 1
    return tuple(seen)


_interrupts = [0]


def _interrupted_within(ms):
    if _interrupts[0]:
        _interrupts[0] -= 1
        return True
    try:
        for _ in range(ms // 10):
            time.sleep_ms(10)
    except KeyboardInterrupt:
        return True
    return False


def test_ctrl_c_interrupts_running_code_once():
    interrupt.started()
    try:
        check.equal(_typed(3, 3), (True, True))  # the second joins the first
        check.equal(_interrupted_within(1000), True)
        check.equal(_interrupted_within(100), False)
    finally:
        interrupt.finished()


def test_other_keys_and_ctrl_c_at_the_prompt_are_input():
    check.equal(_typed(ord("a"), 3), (False, False))


def test_kbd_intr_changes_the_character_for_the_code_running_now():
    interrupt.started()
    try:
        micropython.kbd_intr(-1)
        check.equal(_typed(3), (False,))
        micropython.kbd_intr(ord("x"))
        check.equal(_typed(ord("x")), (True,))
        check.equal(_interrupted_within(1000), True)
    finally:
        interrupt.finished()
    interrupt.started()  # each run starts with Ctrl-C again, as v1.13's pyexec sets it
    try:
        check.equal(_typed(3), (True,))
        check.equal(_interrupted_within(1000), True)
    finally:
        interrupt.finished()


def test_an_interrupt_sent_as_the_code_ends_lands_in_finished_not_after_it():
    interrupt.started()
    _thread.start_new_thread(interrupt.key, (3,))
    interrupt.finished()
    check.equal(_interrupted_within(200), False)


check.run(globals())
