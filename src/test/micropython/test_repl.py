# The friendly REPL's keys as v1.13's REPL takes them: continuation lines (... and auto-indent)
# until a compound statement ends, backspace over a level of indent, paste mode (Ctrl-E), Ctrl-C.
import builtins
import io

import check
import repl


def printed_for(keys):
    """What the REPL printed, whole, for keys typed at it, in the mode it was left in."""
    typed = list(keys.encode())
    printed = io.StringIO()

    def read_byte():
        if not typed:
            raise SystemExit
        return bytes((typed.pop(0),))

    def printing(*args, sep=" ", end="\n", file=None):
        printed.write(sep.join(str(a) for a in args) + end)

    repl.read_byte = read_byte
    repl._out = printed
    real_print, builtins.print = builtins.print, printing  # what the code run prints, on the console too
    try:
        repl.run()
    except SystemExit:
        pass
    finally:
        builtins.print = real_print
    return printed.getvalue()


def session(keys):
    """What the REPL printed for keys typed after its first prompt (the banner left out)."""
    return printed_for(keys).split(">>> ", 1)[1]


def test_a_compound_statement_goes_on_over_auto_indented_lines_until_blank_ones():
    printed = session("for i in range(2):\rprint(i * 10)\r\r\r\r")
    check.equal(printed, "for i in range(2):\n...     print(i * 10)\n...     \n...     \n... \n0\n10\n>>> ")


def test_backspace_takes_back_a_level_of_indent_and_return_then_runs_it():
    printed = session("if True:\rprint('yes')\r\x7f\r")
    check.equal(printed, "if True:\n...     print('yes')\n...     \x08\x08\x08\x08    \x08\x08\x08\x08\nyes\n>>> ")


def test_a_one_line_compound_statement_waits_for_a_blank_line_too():
    printed = session("for i in range(2): print(i)\r\r")
    check.equal(printed, "for i in range(2): print(i)\n... \n0\n1\n>>> ")


def test_an_open_bracket_goes_on_without_indent():
    printed = session("x = (1,\r2)\rx\r")
    check.equal(printed, "x = (1,\n... 2)\n>>> x\n(1, 2)\n>>> ")


def test_paste_mode_takes_lines_as_they_come_and_runs_them_at_ctrl_d():
    printed = session("\x05def f():\r    return 42\r\rprint(f())\r\x04")
    check.equal(printed, "\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== def f():\n===     return 42\n"
                         "=== \n=== print(f())\n=== \n42\n>>> ")


def test_ctrl_c_leaves_a_statement_half_entered():
    printed = session("while True:\r\x031+1\r")
    check.equal(printed, "while True:\n...     \nKeyboardInterrupt\n>>> 1+1\n2\n>>> ")


def test_ctrl_d_at_an_empty_prompt_ends_the_repl_for_a_soft_reset():
    check.equal(session("1+1\r\x04ignored"), "1+1\n2\n>>> \n")


def test_the_raw_repl_soft_resets_on_ctrl_d_with_nothing_sent_and_stays_raw():
    printed = session("\x01print(7)\x04\x04")
    check.equal(printed, "\nraw REPL; CTRL-B to exit\n>OK7\n\x04\x04>OK\n")
    check.equal(repl._raw[0], True)
    printed = printed_for("\x02")
    check.equal(printed, "raw REPL; CTRL-B to exit\n>\n" + repl.BANNER + ">>> ")
    check.equal(repl._raw[0], False)


def test_a_soft_reset_frees_what_the_program_made_and_forgets_its_modules():
    import socket
    import sys

    import callbacks
    import soft_reset

    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, 20, lambda s: None)
    class UsersModule:
        __file__ = "/lib/users_module.py"

    sys.modules["users_module"] = UsersModule()
    freed = []
    soft_reset.at_reset(lambda: freed.append(True))
    repl._globals["x"] = 1
    soft_reset.run("/opt/board/")
    check.equal((server in callbacks._handlers, "users_module" in sys.modules, freed), (False, False, [True]))
    check.equal("x" in repl._globals, False)
    check.raises(OSError, server.listen, 1)  # closed


check.run(globals())
