#!/bin/sh
# The LAN's router: answers DNS for the lab's names and nothing else (no upstream resolver).
set -eu
. /opt/node/event.sh
. /opt/node/lab-net.sh
echo "nameserver 127.0.0.1" > /etc/resolv.conf
event router-up
exec dnsmasq --keep-in-foreground --log-facility=- --no-resolv --no-hosts \
  --conf-file=/opt/node/dnsmasq.conf
