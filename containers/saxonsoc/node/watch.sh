#!/bin/sh
# Reports what the harness cannot see from outside: whether any process has the board's UART
# open (bytes reaching a closed UART are lost, as on the board), whether pppd runs, and whether
# ppp0 has its address.
# usage: watch.sh UART_DEVICE
. /opt/node/event.sh
uart=closed
pppd=no
ppp0=down
while :; do
  if ls -l /proc/[0-9]*/fd/ 2>/dev/null | grep -q " -> $1$"; then now_uart=open; else now_uart=closed; fi
  if [ "$now_uart" != "$uart" ]; then
    event "uart-$now_uart" ttySL0
    uart=$now_uart
  fi
  pids=$(pidof pppd || true)
  if [ -n "$pids" ]; then now_pppd=yes; else now_pppd=no; fi
  if [ "$now_pppd" != "$pppd" ]; then
    if [ "$now_pppd" = yes ]; then event pppd-start "pid=$pids"; else event pppd-exit; fi
    pppd=$now_pppd
  fi
  if ip -4 addr show ppp0 2>/dev/null | grep -q inet; then now_ppp0=up; else now_ppp0=down; fi
  if [ "$now_ppp0" != "$ppp0" ]; then
    event "ppp0-$now_ppp0" "$(ip -4 addr show ppp0 2>/dev/null | grep -o 'inet [0-9.]* peer [0-9.]*')"
    ppp0=$now_ppp0
  fi
  sleep 0.05
done
