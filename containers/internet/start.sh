#!/bin/sh
# The simulated internet: a web server for /srv/www (index.html from the fixtures), the package
# index upip reads (built from /opt/packages, see package-index.sh) on HTTPS for the index's
# names, with a certificate made here and signed by itself (upip does not validate it), and an
# NTP server (chrony, serving its own clock at stratum 1, never setting it).
# env: PACKAGE_INDEX_PINS (optional, see package-index.sh)
set -eu
. /opt/node/event.sh
. /opt/node/lab-net.sh
mkdir -p /srv/www /run/chrony /run/tls
chronyd -x -u root -f /opt/node/chrony.conf
[ ! -d /opt/packages ] || sh /opt/node/package-index.sh /opt/packages /srv/www
openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -keyout /run/tls/key.pem -out /run/tls/cert.pem \
  -subj /CN=micropython.org -addext "subjectAltName=DNS:micropython.org,DNS:pypi.org,DNS:files.pythonhosted.org" \
  2>/dev/null
socat OPENSSL-LISTEN:443,fork,reuseaddr,cert=/run/tls/cert.pem,key=/run/tls/key.pem,verify=0 TCP:127.0.0.1:80 &
until ss -ltn 'sport = :443' | grep -q LISTEN; do sleep 0.05; done
event "$EVENT_INTERNET_UP"
exec busybox httpd -f -v -p 80 -h /srv/www
