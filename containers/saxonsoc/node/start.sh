#!/bin/sh
# Container entry: bridge the board's UART pty to the harness's socket, then boot the guest.
# env: NODE (name), UART_SOCKET (file in /wire), BOOT_DELAY (seconds, already time-scaled)
set -eu

socat PTY,link=/run/uart,raw,echo=0 "UNIX-CONNECT:/wire/$UART_SOCKET" &
i=0
while [ ! -e /run/uart ]; do
  i=$((i + 1))
  [ "$i" -lt 200 ] || { echo "start: socat made no UART pty; is /wire/$UART_SOCKET listening?" >&2; exit 1; }
  sleep 0.05
done
pty=$(readlink -f /run/uart)

exec linux.uml mem=128M rootfstype=hostfs rootflags=/ rw init=/opt/node/guest-init.sh \
  "ssl0=tty:$pty" con0=null,fd:1 con=null "umid=$NODE" \
  "NODE=$NODE" "BOOT_DELAY=$BOOT_DELAY"
