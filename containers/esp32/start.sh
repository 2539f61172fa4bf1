#!/bin/sh
# The ESP32 board. Its WiFi station is wlan0 on the LAN, off the air until the board connects;
# UART2 (PPP) and UART0 (the REPL) are ptys on the harness's cables. The network-stack model
# (mounted from the harness's build) owns PPP, and MicroPython runs the flash's boot.py and
# main.py on the board shims, then the REPL on UART0.
# env: UART_SOCKET_UART2, UART_SOCKET_UART0, FIRMWARE, TIME_SCALE, LAB_WIFI_SSID, LAB_WIFI_PASSWORD, WLAN_MAC
set -eu
. /opt/node/event.sh
. /opt/node/lab-net.sh
. /opt/node/uart.sh
ip link set eth0 down
ip link set eth0 name wlan0
ip link set wlan0 address "$WLAN_MAC"
ip addr flush dev wlan0
ip link set wlan0 up
uart_bridge /dev/ttyUART2 "$UART_SOCKET_UART2"
uart_bridge /dev/ttyUART0 "$UART_SOCKET_UART0" opost=1,onlcr=1
event board-up "firmware=$FIRMWARE"
java -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp /opt/model/classes \
  dev.esp32ppp.esp32.ModelMain /dev/ttyUART2 "$FIRMWARE" 7000 &
model=$!
trap 'kill $model $board 2>/dev/null; exit 0' TERM INT
i=0
until socat -u /dev/null TCP:127.0.0.1:7000 2>/dev/null; do
  i=$((i + 1))
  [ "$i" -lt 600 ] || { echo "esp32: the model did not start" >&2; exit 1; }
  sleep 0.05
done
BOARD_TIME_SCALE=$TIME_SCALE MICROPYPATH=/flash:/opt/board/lib:.frozen micropython /opt/board/run.py \
  < /dev/ttyUART0 > /dev/ttyUART0 2>&1 &
board=$!
wait $model
