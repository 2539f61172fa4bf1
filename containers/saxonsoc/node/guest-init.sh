#!/bin/sh
# PID 1 of the user-mode Linux guest: the kernel's early userspace, then the board's init.
# The kernel mounted devtmpfs on /dev already.
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mkdir -p /dev/pts && mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /tmp
mkdir -p /run/lock
hostname "$NODE"
ip link set lo up
# a node on the LAN: the raw interface on the container's eth0, named as the board names it
if [ -n "${LAN_DEVICE:-}" ]; then
  ip link set vec0 name "$LAN_DEVICE"
  ip addr add "$LAN_ADDRESS" dev "$LAN_DEVICE"
  ip link set "$LAN_DEVICE" up
  ip route add default via "$LAN_GATEWAY" dev "$LAN_DEVICE"
fi
modprobe ppp_async
# the board's UART is /dev/ttySL0 (SpinalLib UART; a pc's USB serial is ttyUSB0); here it is
# the guest's first serial line
ln -sf ttyS0 "/dev/${UART_DEVICE:-ttySL0}"
. /opt/node/event.sh
exec /opt/node/board-init.sh "$PPPD_KERNEL_UML" /dev/ttyS0
