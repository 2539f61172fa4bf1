#!/bin/sh
# The board's userspace, the same under user-mode Linux and on a host kernel with PPP:
# syslog to the console (pppd logs there), the harness's helpers, then BusyBox init.
# usage: board-init.sh MODE UART_DEVICE   env: BOOT_DELAY
# MODE: $PPPD_KERNEL_UML or $PPPD_KERNEL_NATIVE (event.sh), which kernel-up reports to the harness
. /opt/node/event.sh
mkdir -p /run/lock
echo "BOOT_DELAY=$BOOT_DELAY" > /run/harness.env
busybox syslogd -O /proc/1/fd/1
event "$EVENT_KERNEL_UP" "$1"
/opt/node/guest-exec-agent.sh &
/opt/node/watch.sh "$2" &
exec busybox init
