# The board's firmware after power-on: boot.py, then main.py from the flash, then the REPL on
# UART0 (standard input and output here), as the ESP32's MicroPython does; a soft reset from the
# REPL (Ctrl-D) frees what the program made and runs boot.py and main.py again.
# Its own paths are the host's: io.open, and the Unix port's os, imported before install() puts
# the ESP32's in its place.
import io
import os
import sys

import board
import esp32_port
import esp32_sys
import flash
import interrupt
import soft_reset


def run_flash_file(name):
    try:
        f = io.open(flash.FOLDER + "/" + name)
    except OSError:
        return
    board.event(board.RUN, name)
    try:
        with f:
            code = compile(f.read(), name, "exec")  # so a traceback names the file as the board's does
        interrupt.started()
        exec(code, {"__name__": "__main__", "__file__": name})
    except (Exception, KeyboardInterrupt) as e:  # v1.13 prints an interrupt's traceback as any other
        esp32_sys.print_exception(e)
    finally:
        interrupt.finished()


interrupt.install()
os.chdir(flash.FOLDER)
esp32_port.install()
board.event(board.MICROPYTHON_START, sys.implementation._machine if hasattr(sys.implementation, "_machine") else "")
import repl  # noqa: E402

while True:
    run_flash_file("boot.py")
    run_flash_file("main.py")
    board.event(board.MAIN_DONE, "")
    repl.run()
    soft_reset.run(esp32_sys.BOARD)
    repl.write("MPY: soft reboot\n")
