# Sourced by node scripts (POSIX sh): the rate a command line sets a UART to, and its announcement.

# uart_rate_in WORD...: the first word that is a standard UART rate (pppd's speed argument, stty's
# speed); none (and false) when none is. Builtins only.
uart_rate_in() {
  for word; do
    case $word in
      1200|2400|4800|9600|19200|38400|57600|115200|230400|460800|500000|921600) echo "$word"; return ;;
    esac
  done
  return 1
}

# uart_announce_rate DEVICE RATE: tells the harness's end of the cable the rate in the UART's own
# stream, ahead of whatever is sent at it next (dev.esp32ppp.serial.InBandBaud: RFC 2217's
# SET-BAUDRATE shape, IAC SB 44 1, four octets of rate, IAC SE; 0: not set, as after a reset), in
# one write. The harness takes it out of the stream; the far end never reads it.
uart_announce_rate() {
  r=$2
  # shellcheck disable=SC2059 # the format carries the octets, in octal
  printf "\\377\\372\\054\\001\\$(printf %03o $((r >> 24 & 255)))\\$(printf %03o $((r >> 16 & 255)))\\$(printf %03o $((r >> 8 & 255)))\\$(printf %03o $((r & 255)))\\377\\360" > "$1"
}
