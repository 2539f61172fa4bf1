# on the WiFi, then the REPL: the WebREPL started by boot.py serves from the board's loop
import wifiman
wifiman.connect()
