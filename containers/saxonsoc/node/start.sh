#!/bin/sh
# Container entry: bridge the board's UART pty to the harness's socket, then boot the board.
# Where the host kernel has PPP (/dev/ppp passed in) the board runs natively in the container;
# otherwise inside user-mode Linux, whose guest sees the pty as its first serial line.
# env: NODE (name), UART_SOCKET (file in /wire), BOOT_DELAY (seconds, already time-scaled),
#      UART_DEVICE (the UART's name in /dev: ttySL0 on SaxonSoc, ttyUSB0 on a pc),
#      PPPD_VERSION (which pppd the board runs, see board-init.sh)
set -eu
. /opt/node/uart.sh
if [ -c /dev/ppp ]; then
  uart_bridge "/dev/${UART_DEVICE:-ttySL0}" "$UART_SOCKET"
  exec /opt/node/board-init.sh native "$(readlink -f "/dev/${UART_DEVICE:-ttySL0}")"
fi
uart_bridge /run/uart "$UART_SOCKET"
pty=$(readlink -f /run/uart)
exec linux.uml mem=128M rootfstype=hostfs rootflags=/ rw init=/opt/node/guest-init.sh \
  "ssl0=tty:$pty" con0=null,fd:1 con=null "umid=$NODE" \
  "NODE=$NODE" "BOOT_DELAY=$BOOT_DELAY" "UART_DEVICE=${UART_DEVICE:-ttySL0}" "PPPD_VERSION=$PPPD_VERSION"
