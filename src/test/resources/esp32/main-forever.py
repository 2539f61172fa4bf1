# A main.py that never returns, as many boards' do: it prints once, then sleeps in a loop.
import time

print("looping")
while True:
    time.sleep_ms(100)
