# boot.py as ESP32 boards keep it (the firmware's own, its WebREPL lines uncommented)
#import esp
#esp.osdebug(None)
import webrepl
webrepl.start()
