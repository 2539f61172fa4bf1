#!/bin/sh
# The board's userspace, the same under user-mode Linux and on a host kernel with PPP:
# the chosen pppd as plain `pppd` (behind pppd.sh), syslog to the console (pppd logs there), the
# harness's helpers, then BusyBox init.
# usage: board-init.sh MODE UART_DEVICE   env: BOOT_DELAY, PPPD_VERSION (a folder in /opt/pppd)
# MODE: $PPPD_KERNEL_UML or $PPPD_KERNEL_NATIVE (event.sh), which kernel-up reports to the harness
. /opt/node/event.sh
if [ ! -x "/opt/pppd/$PPPD_VERSION/pppd" ]; then
  echo "board-init: no pppd '$PPPD_VERSION' in this image; it has: $(ls /opt/pppd)" >&2
  exit 1
fi
# /usr/sbin/pppd announces its rate on the UART, then execs the chosen one (pppd.sh)
ln -sfn "/opt/pppd/$PPPD_VERSION" /opt/pppd/chosen
ln -sf /opt/node/pppd.sh /usr/sbin/pppd
mkdir -p /run/lock
echo "BOOT_DELAY=$BOOT_DELAY" > /run/harness.env
# -O - keeps syslogd writing to its stdout, this script's (PID 1's, the console), blocking: a
# log file it opens itself is opened non-blocking, so lines a busy console cannot take at once
# would be lost. (Not redirected to /proc/1/fd/1: early in boot that path failed to open once.)
busybox syslogd -n -O - &
event "$EVENT_KERNEL_UP" "$1"
/opt/node/guest-exec-agent.sh &
/opt/node/watch.sh "$2" &
exec busybox init
