#!/bin/sh
# Container entry: bridge the board's UART pty to the harness's socket, then boot the board in the
# mode the lab chose: inside user-mode Linux, whose guest sees the pty as its first serial line
# (the default, whatever the host has), or natively in the container on the host kernel's PPP
# (/dev/ppp passed in).
# env: NODE (name), UART_SOCKET (file in /wire), BOOT_DELAY (seconds, already time-scaled),
#      UART_DEVICE (the UART's name in /dev: ttySL0 on SaxonSoc, ttyUSB0 on a pc),
#      PPPD_VERSION (which pppd the board runs, see board-init.sh),
#      PPPD_KERNEL ($PPPD_KERNEL_UML or $PPPD_KERNEL_NATIVE, see event.sh; user-mode Linux without it),
#      LAN_DEVICE, LAN_GATEWAY (a node on the LAN: the name its LAN interface has, its default route),
#      LAB_LINKS, LAB_DNS (see lab-net.sh)
set -eu
. /opt/node/uart.sh
. /opt/node/event.sh
. /opt/node/lab-net.sh
lan_address=$(ip -o -4 addr show dev eth0 2>/dev/null | awk '{print $4}')
if [ "${PPPD_KERNEL:-$PPPD_KERNEL_UML}" = "$PPPD_KERNEL_NATIVE" ]; then
  [ -c /dev/ppp ] || { echo "start.sh: pppd kernel native needs the host's /dev/ppp, which is not here" >&2; exit 1; }
  if [ -n "${LAN_DEVICE:-}" ]; then
    ip link set eth0 down
    ip link set eth0 name "$LAN_DEVICE"
    ip link set "$LAN_DEVICE" up
    ip route replace default via "$LAN_GATEWAY" dev "$LAN_DEVICE"
  fi
  uart_bridge "/dev/${UART_DEVICE:-ttySL0}" "$UART_SOCKET"
  exec /opt/node/board-init.sh "$PPPD_KERNEL_NATIVE" "$(readlink -f "/dev/${UART_DEVICE:-ttySL0}")"
fi
uart_bridge /run/uart "$UART_SOCKET"
pty=$(readlink -f /run/uart)
# On a LAN the guest takes over the container's interface: its frames go out raw on eth0 with
# eth0's MAC, and the container lets go of the address so that only the guest answers for it.
lan=""
if [ -n "${LAN_DEVICE:-}" ] && [ -n "$lan_address" ]; then
  ip addr flush dev eth0
  lan="vec0:transport=raw,ifname=eth0,mac=$(cat /sys/class/net/eth0/address) LAN_DEVICE=$LAN_DEVICE"
  lan="$lan LAN_ADDRESS=$lan_address LAN_GATEWAY=$LAN_GATEWAY"
fi
# shellcheck disable=SC2086 # $lan is several kernel arguments
exec linux.uml mem=128M rootfstype=hostfs rootflags=/ rw init=/opt/node/guest-init.sh \
  "ssl0=tty:$pty" con0=null,fd:1 con=null "umid=$NODE" \
  "NODE=$NODE" "BOOT_DELAY=$BOOT_DELAY" "UART_DEVICE=${UART_DEVICE:-ttySL0}" "PPPD_VERSION=$PPPD_VERSION" $lan
