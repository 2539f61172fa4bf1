#!/bin/sh
# Container entry: bridge the board's UART pty to the harness's socket, then boot the guest.
# env: NODE (name), UART_SOCKET (file in /wire), BOOT_DELAY (seconds, already time-scaled)
set -eu
. /opt/node/uart.sh
uart_bridge /run/uart
pty=$(readlink -f /run/uart)

exec linux.uml mem=128M rootfstype=hostfs rootflags=/ rw init=/opt/node/guest-init.sh \
  "ssl0=tty:$pty" con0=null,fd:1 con=null "umid=$NODE" \
  "NODE=$NODE" "BOOT_DELAY=$BOOT_DELAY"
