#!/bin/sh
# The ESP32 board: its WiFi station is wlan0 on the LAN, UART2 is a pty on the harness's cable,
# and the network-stack model (mounted from the harness's build) owns PPP on UART2.
# env: UART_SOCKET, FIRMWARE (profile id)
set -eu
. /opt/node/event.sh
. /opt/node/lab-net.sh
. /opt/node/uart.sh
ip link set eth0 down
ip link set eth0 name wlan0
ip link set wlan0 up
uart_bridge /dev/ttyUART2
event board-up "firmware=$FIRMWARE"
exec java -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp /opt/model/classes \
  dev.esp32ppp.esp32.ModelMain /dev/ttyUART2 "$FIRMWARE" 7000
