#!/bin/sh
# Reports when pppd starts and when the last pppd process is gone.
. /opt/node/event.sh
running=no
while :; do
  pids=$(pidof pppd || true)
  if [ -n "$pids" ]; then now=yes; else now=no; fi
  if [ "$now" != "$running" ]; then
    if [ "$now" = yes ]; then event pppd-start "pid=$pids"; else event pppd-exit; fi
    running=$now
  fi
  sleep 0.1
done
