#!/bin/sh
# Reports what the harness cannot see from outside: whether any process has the board's UART
# open (bytes reaching a closed UART are lost, as on the board), whether pppd runs, and whether
# ppp0 has its address.
# usage: watch.sh UART_DEVICE
. /opt/node/event.sh
# each state is the event that reports it
uart=$EVENT_UART_CLOSED
pppd=$EVENT_PPPD_EXIT
ppp0=$EVENT_PPP0_DOWN
while :; do
  if ls -l /proc/[0-9]*/fd/ 2>/dev/null | grep -q " -> $1$"; then now_uart=$EVENT_UART_OPEN; else now_uart=$EVENT_UART_CLOSED; fi
  if [ "$now_uart" != "$uart" ]; then
    event "$now_uart" ttySL0
    uart=$now_uart
  fi
  pids=$(pidof pppd || true)
  if [ -n "$pids" ]; then now_pppd=$EVENT_PPPD_START; else now_pppd=$EVENT_PPPD_EXIT; fi
  if [ "$now_pppd" != "$pppd" ]; then
    if [ -n "$pids" ]; then event "$now_pppd" "pid=$pids"; else event "$now_pppd"; fi
    pppd=$now_pppd
  fi
  if ip -4 addr show ppp0 2>/dev/null | grep -q inet; then now_ppp0=$EVENT_PPP0_UP; else now_ppp0=$EVENT_PPP0_DOWN; fi
  if [ "$now_ppp0" != "$ppp0" ]; then
    event "$now_ppp0" "$(ip -4 addr show ppp0 2>/dev/null | grep -o 'inet [0-9.]* peer [0-9.]*')"
    ppp0=$now_ppp0
  fi
  sleep 0.05
done
