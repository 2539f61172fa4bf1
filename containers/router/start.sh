#!/bin/sh
# The LAN's router, as a home router is: DHCP and DNS for the LAN (dnsmasq, names of the lab's
# internet only, no upstream), forwarding, and masquerade of the LAN's own addresses towards
# the internet. Other sources (10.0.5.2 behind the ESP32) need the masquerade recipe.
set -eu
. /opt/node/event.sh
. /opt/node/lab-net.sh
echo "nameserver 127.0.0.1" > /etc/resolv.conf
iptables -t nat -A POSTROUTING -s 192.168.28.0/24 -d 198.18.0.0/15 -j MASQUERADE
event "$EVENT_ROUTER_UP"
exec dnsmasq --keep-in-foreground --log-facility=- --no-resolv --no-hosts \
  --conf-file=/opt/node/dnsmasq.conf
