# The Linux sends everything to the ESP32, which forwards it onto the WiFi LAN.
route add default gw 10.0.5.1
