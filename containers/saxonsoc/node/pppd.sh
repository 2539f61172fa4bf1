#!/bin/bash
# The board's `pppd`: announces the rate pppd is told to set its UART to, in the UART's own
# stream (uart-rate.sh), then becomes the chosen real pppd (board-init.sh), same pid, same
# arguments. pppd sets the rate and sends its first Configure-Request within milliseconds of
# opening the UART; a report by any other path (watch.sh's uart-open) could reach the harness
# after that frame, which would then cross a cable of mismatched rates unharmed.
. /opt/node/uart-rate.sh
rate=$(uart_rate_in "$@")
for word; do
  case $word in
    /dev/*) device=$word ;;
    tty*) device=/dev/$word ;;
    *) continue ;;
  esac
  if [ -n "$rate" ] && [ -c "$device" ]; then
    uart_announce_rate "$device" "$rate"
  fi
  break
done
exec /opt/pppd/chosen/pppd "$@"
