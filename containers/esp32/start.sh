#!/bin/sh
# The ESP32 node's entry: DNS from the lab's router, then wait to be stopped.
set -eu
. /opt/node/event.sh
. /opt/node/lab-net.sh
event board-up
trap 'exit 0' TERM INT
while :; do sleep 1 & wait $!; done
