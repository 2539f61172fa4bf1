# straight onto the WiFi, then the REPL: the WebREPL that boot.py started serves from the board's loop
import wifiman
wifiman.connect()
