#!/bin/sh
# Another computer on the WiFi LAN: a web server, and nothing but the LAN in its routing table
# until a recipe adds the route back to the Linux behind the ESP32.
set -eu
. /opt/node/event.sh
. /opt/node/lab-net.sh
mkdir -p /srv/www
event "$EVENT_LANHOST_UP"
exec busybox httpd -f -v -p 80 -h /srv/www
