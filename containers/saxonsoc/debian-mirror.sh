# Prints the Debian mirror this image's apt already uses (never a hard-coded address), for the
# image's build stages that fetch from Debian; fails if the base image's apt sources name none.
mirror=$( (sed -n 's/^deb \(\[[^]]*\] \)\{0,1\}\([^ ]*\) trixie .*/\2/p' /etc/apt/sources.list; \
           sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/*.sources) 2>/dev/null | grep -v security | head -n 1)
[ -n "$mirror" ] || { echo "saxonsoc: no Debian mirror in the base image's apt sources" >&2; exit 1; }
echo "$mirror"
