#!/bin/sh
# The simulated internet: serves /srv/www (index.html comes from the fixtures) over HTTP.
set -eu
. /opt/node/event.sh
. /opt/node/lab-net.sh
mkdir -p /srv/www
event internet-up
exec busybox httpd -f -v -p 80 -h /srv/www
