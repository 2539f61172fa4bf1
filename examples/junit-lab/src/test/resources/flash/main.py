# My board's main.py: give the Linux time to boot, PPP to it first, then WiFi (that order keeps
# the board's default route on WiFi), then the SOCKS proxy the Linux reaches the world through.
import time
time.sleep(50)

import ppptun
link = ppptun.ppptun()

import wifiman
wifiman.connect()

import socks
socks.start()
print("my main.py: PPP, WiFi and SOCKS are up")
