#!/bin/bash
# Runs commands the harness drops into the spool (shared with the container through hostfs)
# and leaves their output and exit code beside them. See guest-exec. Between looks it runs no
# program (pause.sh).
spool=/var/spool/guest-exec
. /opt/node/pause.sh
while :; do
  for job in "$spool"/*.cmd; do
    [ -e "$job" ] || continue
    id=${job%.cmd}
    mv "$job" "$id.run"
    ( sh "$id.run" > "$id.out" 2>&1 < /dev/null
      echo $? > "$id.rc.tmp"
      mv "$id.rc.tmp" "$id.rc" ) &
  done
  pause
done
