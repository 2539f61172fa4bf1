#!/bin/sh
# The simulated internet: a web server for /srv/www (index.html from the fixtures) and an NTP
# server (chrony, serving its own clock at stratum 1, never setting it).
set -eu
. /opt/node/event.sh
. /opt/node/lab-net.sh
mkdir -p /srv/www /run/chrony
chronyd -x -u root -f /opt/node/chrony.conf
event "$EVENT_INTERNET_UP"
exec busybox httpd -f -v -p 80 -h /srv/www
