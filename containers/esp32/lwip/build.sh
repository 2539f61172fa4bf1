#!/bin/sh
# Builds esp32-lwip: lwIP's core, IPv4, IPv6 and netif/ppp from LWIP_SOURCE (Debian's lwip
# source package, unpacked) with this folder's lwipopts.h and arch/cc.h, and esp32-lwip.c.
# Run from the repository's root (the image build runs it so, on a copy) the compiler's
# messages name our files by their paths in the repository.
# usage: containers/esp32/lwip/build.sh LWIP_SOURCE OUTPUT
set -eu
lwip=$1
out=$2
here=$(dirname "$0")
objects=$(mktemp -d)
# lwIP's vj.c sums the IP header through a struct of its own (undefined under C's aliasing
# rules): with gcc's -O2 aliasing optimisation the header checksum of every VJ-compressed
# packet it rebuilds comes out wrong and Linux drops the packet (measured with gcc 12 and 14)
cflags="-O2 -fno-strict-aliasing"
failed() {
  echo "esp32-lwip: the build failed (the compiler's messages above); the program is $here/esp32-lwip.c" \
       "with $here/lwipopts.h and $here/arch/cc.h, lwIP from Debian's lwip source package in $lwip" >&2
  exit 1
}
# lwIP's own files, without warnings: they are not ours to fix
for f in "$lwip"/src/core/*.c "$lwip"/src/core/ipv4/*.c "$lwip"/src/core/ipv6/*.c "$lwip"/src/netif/ethernet.c \
         "$lwip"/src/netif/ppp/*.c "$lwip"/src/netif/ppp/polarssl/*.c; do
  name=$(echo "${f#"$lwip"/src/}" | tr / _)
  gcc -c $cflags -w -I"$here" -I"$lwip/src/include" -o "$objects/${name%.c}.o" "$f" || failed
done
# ours, with warnings; sys_timeout wrapped for the FSM restart timer in milliseconds (see esp32-lwip.c)
gcc $cflags -Wall -Wextra -I"$here" -I"$lwip/src/include" -o "$out" "$here/esp32-lwip.c" "$objects"/*.o \
    -Wl,--wrap=sys_timeout || failed
rm -rf "$objects"
