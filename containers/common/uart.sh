# Sourced by board entry scripts: uart_bridge LINK SOCKET [PTY_OPTIONS] joins a new pty, linked
# at LINK, to the harness's end of the cable (/wire/SOCKET); the harness listens before the node
# starts. PTY_OPTIONS are more socat pty options (a console adds opost=1,onlcr=1 as a board's
# console driver turns \n into \r\n).
uart_bridge() {
  # a small socket buffer: bytes wait in the board, not in a queue that a real UART lacks
  socat "PTY,link=$1,raw,echo=0${3:+,$3}" "UNIX-CONNECT:/wire/${2:?},sndbuf=4096" &
  i=0
  while [ ! -e "$1" ]; do
    i=$((i + 1))
    [ "$i" -lt 200 ] || { echo "uart: socat made no pty at $1; is /wire/$2 listening?" >&2; exit 1; }
    sleep 0.05
  done
}
