# The order that spoils the routing: WiFi first, then PPP; PPP's connect() takes the default
# route, so the board's own NTP request goes down the PPP link and gets no answer.
import time
time.sleep(50)

import wifiman
wifiman.connect()

import ppptun
link = ppptun.ppptun()

try:
    from ntptime import settime
    settime()
    print("my main.py: the clock is set")
except OSError:
    print("my main.py: no NTP")
