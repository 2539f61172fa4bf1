#!/bin/sh
# Container entry: bridge the board's UART pty to the harness's socket, then boot the board in the
# mode the lab chose: inside user-mode Linux, whose guest sees the pty as its first serial line
# (the default, whatever the host has), or natively in the container on the host kernel's PPP
# (/dev/ppp passed in).
# env: NODE (name), UART_SOCKET (file in /wire), BOOT_DELAY (seconds, already time-scaled),
#      UART_DEVICE (the UART's name in /dev: ttySL0 on SaxonSoc, ttyUSB0 on a pc),
#      PPPD_KERNEL ($PPPD_KERNEL_UML or $PPPD_KERNEL_NATIVE, see event.sh; user-mode Linux without it)
set -eu
. /opt/node/uart.sh
. /opt/node/event.sh
if [ "${PPPD_KERNEL:-$PPPD_KERNEL_UML}" = "$PPPD_KERNEL_NATIVE" ]; then
  [ -c /dev/ppp ] || { echo "start.sh: pppd kernel native needs the host's /dev/ppp, which is not here" >&2; exit 1; }
  uart_bridge "/dev/${UART_DEVICE:-ttySL0}" "$UART_SOCKET"
  exec /opt/node/board-init.sh "$PPPD_KERNEL_NATIVE" "$(readlink -f "/dev/${UART_DEVICE:-ttySL0}")"
fi
uart_bridge /run/uart "$UART_SOCKET"
pty=$(readlink -f /run/uart)
exec linux.uml mem=128M rootfstype=hostfs rootflags=/ rw init=/opt/node/guest-init.sh \
  "ssl0=tty:$pty" con0=null,fd:1 con=null "umid=$NODE" \
  "NODE=$NODE" "BOOT_DELAY=$BOOT_DELAY" "UART_DEVICE=${UART_DEVICE:-ttySL0}"
