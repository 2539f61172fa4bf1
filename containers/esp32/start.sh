#!/bin/sh
# The ESP32 node's entry: DNS from the lab's router, then wait to be stopped.
set -eu
EVENT_CONSOLE=/proc/1/fd/1
. /opt/node/event.sh
echo "nameserver ${LAB_DNS:?}" > /etc/resolv.conf
event board-up
trap 'exit 0' TERM INT
while :; do sleep 1 & wait $!; done
