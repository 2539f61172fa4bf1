# The LAN host reaches the Linux behind the ESP32 through the ESP32's WiFi address.
route add -host 10.0.5.2 gw 192.168.28.118
