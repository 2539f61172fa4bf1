#!/bin/sh
# The ESP32 board. Its WiFi station is wlan0 on the LAN, off the air until the board connects;
# UART2 (PPP) and UART0 (the REPL) are ptys on the harness's cables. The network stack owns PPP:
# ESP32_STACK=model is the Java model (mounted from the harness's build), ESP32_STACK=lwip is
# real lwIP (esp32-lwip, built into this image); MicroPython runs the flash's boot.py and main.py
# on the board shims, then the REPL on UART0. A stack that dies panics the board, which reboots.
# Each boot tells the firmware the chip's reset reason (BOARD_RESET_REASON, as ESP-IDF's
# esp_reset_reason() names it: poweron, panic, sw, task_wdt, deepsleep), which machine.reset_cause()
# reports; the firmware asks for its own restarts (machine.reset(), the watchdog, deep sleep)
# through a request file and SIGUSR2 (src/main/micropython/lib/power.py).
# env: UART_SOCKET_UART2, UART_SOCKET_UART0, FIRMWARE, FSM_RESTART_MS, FSM_MAX_CONFREQS, ESP32_STACK,
#      TIME_SCALE, LAB_WIFI_SSID, LAB_WIFI_PASSWORD, WLAN_MAC
set -eu
ESP32_STACK=${ESP32_STACK:-lwip}
. /opt/node/event.sh
. /opt/node/lab-net.sh
. /opt/node/uart.sh
. /opt/node/uart-rate.sh
ip link set eth0 down
ip link set eth0 name wlan0
ip link set wlan0 address "$WLAN_MAC"
ip addr flush dev wlan0
ip link set wlan0 up
uart_bridge /dev/ttyUART2 "$UART_SOCKET_UART2"
uart_bridge /dev/ttyUART0 "$UART_SOCKET_UART0" opost=1,onlcr=1
restart_request=/run/esp32-restart
reset_reason=poweron
# What the chip's ROM prints on UART0 at each boot, before the firmware runs: the reset as the ROM
# sees it, then the second-stage bootloader it loads (its lengths are those of one v1.13 build).
# The ROM tells a power-on, EN, a deep-sleep wake and a brownout apart; esp_restart() after a panic
# or the task watchdog is SW_CPU_RESET to it as machine.reset() is (ESP-IDF's own note in RTC
# memory tells them apart for esp_reset_reason()).
rom_boot() {
  case $1 in
    poweron) rst='0x1 (POWERON_RESET)' ;;
    deepsleep) rst='0x5 (DEEPSLEEP_RESET)' ;;
    brownout) rst='0xf (RTCWDT_BROWN_OUT_RESET)' ;;
    *) rst='0xc (SW_CPU_RESET)' ;;
  esac
  printf 'ets Jun  8 2016 00:22:57\n\nrst:%s,boot:0x13 (SPI_FAST_FLASH_BOOT)\n' "$rst"
  printf 'configsip: 0, SPIWP:0xee\nclk_drv:0x00,q_drv:0x00,d_drv:0x00,cs0_drv:0x00,hd_drv:0x00,wp_drv:0x00\n'
  printf 'mode:DIO, clock div:2\nload:0x3fff0018,len:4\nload:0x3fff001c,len:5008\n'
  printf 'load:0x40078000,len:10600\nload:0x40080400,len:5684\nentry 0x400806bc\n'
}

# One power-on of the board: the network stack (in its own process group, with whatever holds
# ppp0) and MicroPython running boot.py, main.py and the REPL.
power_on() {
  rom_boot "$reset_reason" > /dev/ttyUART0
  # a new boot: UART2's rate is not set until the program makes UART(2), which announces its own
  uart_announce_rate /dev/ttyUART2 0
  event "$EVENT_BOARD_UP" "firmware=$FIRMWARE reset=$reset_reason"
  case "$ESP32_STACK" in
    lwip) stack_name=esp32-lwip
          setsid esp32-lwip /dev/ttyUART2 "$FIRMWARE" 7000 "$FSM_RESTART_MS" "$FSM_MAX_CONFREQS" & ;;
    model) stack_name=ModelMain
           setsid java -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp /opt/model/classes \
             dev.esp32ppp.esp32.ModelMain /dev/ttyUART2 "$FIRMWARE" 7000 & ;;
    *) echo "esp32: unknown ESP32_STACK '$ESP32_STACK' (lwip or model)" >&2; exit 1 ;;
  esac
  stack=$!
  i=0
  until socat -u /dev/null TCP:127.0.0.1:7000 2>/dev/null; do
    i=$((i + 1))
    [ "$i" -lt 600 ] || { echo "esp32: the network stack ($ESP32_STACK) did not start" >&2; exit 1; }
    sleep 0.05
  done
  # the flash and its lib (where upip installs, '/lib' on the ESP32) come before the board's shims:
  # a module the user put or installed there wins over the shim of the same name
  BOARD_TIME_SCALE=$TIME_SCALE BOARD_RESET_REASON=$reset_reason BOARD_POWER_PID=$$ \
    BOARD_RESTART_REQUEST=$restart_request MICROPYPATH=/flash:/flash/lib:/opt/board/lib:.frozen \
    micropython /opt/board/run.py < /dev/ttyUART0 > /dev/ttyUART0 2>&1 &
  board=$!
}

# The board stops: everything it ran is gone, its WiFi is off the air and lwIP's ppp0 with its
# routes disappears; the UART ptys stay, as the wires do.
power_off() {
  kill "$board" 2>/dev/null || true
  kill -- "-$stack" 2>/dev/null || true
  wait "$board" "$stack" 2>/dev/null || true
  ip link del ppp0 2>/dev/null || true
  ip route flush dev wlan0 2>/dev/null || true
  ip addr flush dev wlan0
}

# ESP-IDF's default panic handler (print, then reboot): on the board the network stack is part
# of the firmware, so a crash in lwIP takes everything down. $1 is wait's status for the stack:
# 128 + the signal that killed it, or the status it exited with on its own.
panic() {
  if [ "$1" -gt 128 ]; then cause="$stack_name: SIG$(kill -l "$1")"; else cause="$stack_name: exit status $1"; fi
  printf "Guru Meditation Error: Core  0 panic'ed (%s)\n\nRebooting...\n" "$cause" > /dev/ttyUART0 || true
  event "$EVENT_PANIC" "$cause"
  power_off
}

# Deep sleep: the board stays off for $1 ms (-1: until EN, its only other wake-up here).
deep_sleep() {
  if [ "$1" -lt 0 ]; then
    sleep infinity &
  else
    sleep "$(($1 / 1000)).$(printf %03d $(($1 % 1000)))" &
  fi
  sleeper=$!
  wait "$sleeper" || true
  kill "$sleeper" 2>/dev/null || true
}

# The board runs until the harness stops the container (TERM). The EN button (SIGUSR1 to this
# script), a panic and the firmware's own restarts (SIGUSR2) reboot it: boot.py and main.py run
# again. A stack that dies at every boot reboots the board again and again, each time with its
# panic event, as an ESP32 boot-loops.
reset_pressed=0
restart_asked=0
# A hangup of a UART's pty (the harness closing the cable as the lab stops) kills nothing, as a
# pulled cable kills nothing on the board: the stacks and MicroPython inherit SIGHUP ignored (the
# Java model would otherwise die of it, its UART2 being its session's terminal, and "panic").
trap '' HUP
trap 'reset_pressed=1' USR1
trap 'restart_asked=1' USR2
trap 'kill "$board" 2>/dev/null; kill -- "-$stack" 2>/dev/null; exit 0' TERM INT
power_on
while :; do
  status=0
  [ "$reset_pressed$restart_asked" != 00 ] || wait "$stack" || status=$?
  if [ "$restart_asked" = 1 ]; then
    restart_asked=0
    power_off
    read -r reset_reason off_ms < "$restart_request"
    rm -f "$restart_request"
    [ "$reset_reason" != deepsleep ] || deep_sleep "$off_ms"
  elif [ "$reset_pressed" = 0 ]; then
    panic "$status"
    reset_reason=panic
  fi
  # EN reboots the board, deep asleep or not, as a power-on of the chip
  if [ "$reset_pressed" = 1 ]; then
    reset_pressed=0
    power_off
    event "$EVENT_BOARD_RESET" "EN pressed"
    reset_reason=poweron
  fi
  power_on
done
