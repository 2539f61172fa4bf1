#!/bin/sh
# The simulated internet: serves /srv/www (index.html comes from the fixtures) over HTTP.
set -eu
EVENT_CONSOLE=/proc/1/fd/1
. /opt/node/event.sh
echo "nameserver ${LAB_DNS:?}" > /etc/resolv.conf
mkdir -p /srv/www
event internet-up
exec busybox httpd -f -v -p 80 -h /srv/www
