#!/bin/sh
# Reports what the harness cannot see from outside: whether any process has the board's UART
# open (bytes reaching a closed UART are lost, as on the board), whether pppd runs (and which
# version), and whether ppp0 has its address.
# usage: watch.sh UART_DEVICE
. /opt/node/event.sh
# The version of the pppd these processes run, as the program itself says it (2.4.9 on stderr,
# 2.5.2 on stdout: "pppd version 2.4.9"); unknown when none says; nothing when all are gone (a
# pppd going to the background leaves its parent's pid behind), to be asked again.
pppd_version() {
  for pid in "$@"; do
    v=$("/proc/$pid/exe" --version 2>&1 | sed -n 's/^pppd version \([^ ]*\)$/\1/p')
    if [ -n "$v" ]; then echo "$v"; return; fi
  done
  for pid in "$@"; do
    if [ -e "/proc/$pid" ]; then echo unknown; return; fi
  done
}
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
  if [ -z "$pids" ] && [ "$pppd" != "$EVENT_PPPD_EXIT" ]; then
    event "$EVENT_PPPD_EXIT"
    pppd=$EVENT_PPPD_EXIT
  elif [ -n "$pids" ] && [ "$pppd" != "$EVENT_PPPD_START" ]; then
    # shellcheck disable=SC2086 # one argument per pid
    version=$(pppd_version $pids)
    if [ -n "$version" ]; then
      event "$EVENT_PPPD_START" "version=$version pid=$pids"
      pppd=$EVENT_PPPD_START
    fi
  fi
  if ip -4 addr show ppp0 2>/dev/null | grep -q inet; then now_ppp0=$EVENT_PPP0_UP; else now_ppp0=$EVENT_PPP0_DOWN; fi
  if [ "$now_ppp0" != "$ppp0" ]; then
    event "$now_ppp0" "$(ip -4 addr show ppp0 2>/dev/null | grep -o 'inet [0-9.]* peer [0-9.]*')"
    ppp0=$now_ppp0
  fi
  sleep 0.05
done
