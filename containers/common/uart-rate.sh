# Sourced by node scripts (bash): the rate a command line sets a UART to, and its announcement.

# uart_rate_in WORD...: the first word that is a standard UART rate (pppd's speed argument, stty's
# speed); none (and false) when none is. Builtins only.
uart_rate_in() {
  local word
  for word; do
    if [[ $word =~ ^(1200|2400|4800|9600|19200|38400|57600|115200|230400|460800|500000|921600)$ ]]; then
      echo "$word"
      return
    fi
  done
  return 1
}

# uart_announce_rate DEVICE RATE: tells the harness's end of the cable the rate in the UART's own
# stream, ahead of whatever the program about to start sends at it (dev.esp32ppp.serial.InBandBaud:
# RFC 2217's SET-BAUDRATE shape, IAC SB 44 1, four octets of rate, IAC SE), in one write. The
# harness takes it out of the stream; the far end never reads it.
uart_announce_rate() {
  local hex
  printf -v hex '%08x' "$2"
  # shellcheck disable=SC2059 # the format carries the octets
  printf "\\xff\\xfa\\x2c\\x01\\x${hex:0:2}\\x${hex:2:2}\\x${hex:4:2}\\x${hex:6:2}\\xff\\xf0" > "$1"
}
