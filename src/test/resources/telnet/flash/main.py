# straight onto the WiFi, then a REPL over TCP as ESP32 code of its time serves one, then the REPL
import wifiman
wifiman.connect()
import telnet_repl
telnet_repl.start(23)
