#!/bin/bash
# Reports what the harness cannot see from outside: whether any process has the board's UART
# open (bytes reaching a closed UART are lost, as on the board), whether pppd runs (and which
# version), and whether ppp0 has its address.
# A round every 50 ms runs no program, only bash builtins: in user-mode Linux starting a program
# costs the guest dearly (a round that started six kept the guests busiest of all the lab's
# processes and, with four labs on the machine, took up to half a second). Programs run only at
# a change.
# usage: watch.sh UART_DEVICE
. /opt/node/event.sh
uart_device=$1
. /opt/node/pause.sh

# Whether a file descriptor of any process is the UART.
uart_is_open() {
  local fd
  for fd in /proc/[0-9]*/fd/*; do
    if [[ $fd -ef $uart_device ]]; then
      return 0
    fi
  done
  return 1
}

# The pids of the processes named pppd, into $pppd_pids (as pidof would give them).
find_pppd() {
  local dir name
  pppd_pids=""
  for dir in /proc/[0-9]*; do
    read -r name 2>/dev/null < "$dir/comm" || continue
    if [[ $name == pppd ]]; then
      pppd_pids+="${pppd_pids:+ }${dir#/proc/}"
    fi
  done
}

# Whether the kernel routes through ppp0: it does from the moment ppp0 has its address (the
# route to the peer comes with it) until the address or ppp0 goes. `ip` confirms at a change.
ppp0_routed() {
  local iface rest
  while read -r iface rest; do
    if [[ $iface == ppp0 ]]; then
      return 0
    fi
  done < /proc/net/route
  return 1
}

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

ppp0_address() {
  ip -4 addr show ppp0 2>/dev/null | grep -o 'inet [0-9.]* peer [0-9.]*'
}

# each state is the event that reports it
uart=$EVENT_UART_CLOSED
pppd=$EVENT_PPPD_EXIT
ppp0=$EVENT_PPP0_DOWN
while :; do
  if uart_is_open; then now_uart=$EVENT_UART_OPEN; else now_uart=$EVENT_UART_CLOSED; fi
  if [ "$now_uart" != "$uart" ]; then
    event "$now_uart" ttySL0
    uart=$now_uart
  fi
  find_pppd
  if [ -z "$pppd_pids" ] && [ "$pppd" != "$EVENT_PPPD_EXIT" ]; then
    event "$EVENT_PPPD_EXIT"
    pppd=$EVENT_PPPD_EXIT
  elif [ -n "$pppd_pids" ] && [ "$pppd" != "$EVENT_PPPD_START" ]; then
    # shellcheck disable=SC2086 # one argument per pid
    version=$(pppd_version $pppd_pids)
    if [ -n "$version" ]; then
      event "$EVENT_PPPD_START" "version=$version pid=$pppd_pids"
      pppd=$EVENT_PPPD_START
    fi
  fi
  if ppp0_routed; then now_ppp0=$EVENT_PPP0_UP; else now_ppp0=$EVENT_PPP0_DOWN; fi
  if [ "$now_ppp0" != "$ppp0" ]; then
    address=$(ppp0_address)
    if [ -n "$address" ]; then now_ppp0=$EVENT_PPP0_UP; else now_ppp0=$EVENT_PPP0_DOWN; fi
    if [ "$now_ppp0" != "$ppp0" ]; then
      event "$now_ppp0" "$address"
      ppp0=$now_ppp0
    fi
  fi
  pause
done
