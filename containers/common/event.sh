# Sourced by node scripts: report a milestone to the harness as a console line it parses.
event() {
  echo "@@event $*" > "${EVENT_CONSOLE:-/dev/console}"
}
