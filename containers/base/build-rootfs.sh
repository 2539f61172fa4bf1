#!/usr/bin/env bash
# Builds the Debian 13 root filesystem tar of the base image with mmdebstrap, from the Debian
# mirror this machine's apt already uses (never a hard-coded address). Packages come from trixie;
# one named PACKAGE/forky in packages.txt comes from Debian's next release (see its comment there).
# usage: build-rootfs.sh OUTPUT.tar
set -euo pipefail
out=$1
here=$(cd "$(dirname "$0")" && pwd)

mirror=$( (grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}';
           grep -hE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | awk '{print $2}') \
          | grep -v security | head -n 1 || true)
[ -n "$mirror" ] || { echo "build-rootfs: no Debian mirror found in /etc/apt sources" >&2; exit 1; }

packages=$(grep -vE '^\s*(#|$)' "$here/packages.txt" | paste -sd, -)
echo "build-rootfs: mmdebstrap trixie from $mirror"
mmdebstrap --quiet --variant=apt --aptopt='APT::Default-Release "trixie"' --include="$packages" trixie "$out" \
  "deb $mirror trixie main" "deb [check-valid-until=no] $mirror forky main"
