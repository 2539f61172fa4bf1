#!/bin/sh
# The package index as upip (MicroPython v1.13) reads it, written into the web server's folder:
# for every package of PACKAGES, micropython.org's /pi/NAME/json and pypi.org's /pypi/NAME/json
# name the newest version ("info") and each release's .tar.gz ("releases"), which is served at
# micropython.org/pi/NAME/ and files.pythonhosted.org/packages/source/N/NAME/ (pypi's places).
# A package is a folder NAME-VERSION/ (an unpacked sdist, packed here into NAME-VERSION.tar.gz
# with that top folder) or a NAME-VERSION.tar.gz served as it is; the version is what follows the
# last '-'. Versions compare numerically (0.10 is newer than 0.9).
# env: PACKAGE_INDEX_PINS, "NAME=VERSION ..." (optional): NAME's index ends at VERSION, as it was
#      before the releases after it.
# usage: package-index.sh PACKAGES WWW
set -eu
packages=$1
www=$2
sdists=$(mktemp -d)
for entry in "$packages"/*; do
  [ -e "$entry" ] || continue
  base=$(basename "$entry")
  if [ -d "$entry" ]; then
    tar -C "$packages" --owner=0 --group=0 --numeric-owner -czf "$sdists/$base.tar.gz" "$base"
  else
    case "$base" in
      *-*.tar.gz) cp "$entry" "$sdists/" ;;
      *) echo "package-index: $base is neither a folder NAME-VERSION nor a NAME-VERSION.tar.gz, left out" >&2 ;;
    esac
  fi
done

# NAME's versions, oldest first, up to its pin if it has one.
versions() {
  pin=$(printf '%s\n' ${PACKAGE_INDEX_PINS:-} | sed -n "s/^$1=//p")
  ls "$sdists" | sed -n "s/^$1-\([^-]*\)\.tar\.gz\$/\1/p" | sort -V | awk -v pin="$pin" '{ print } $0 == pin { exit }'
}

# A release's place on an index's file host: URL prefix and folder under the web root.
release_json() { # NAME VERSION URL-PREFIX
  printf '"%s": [{"url": "%s/%s-%s.tar.gz", "filename": "%s-%s.tar.gz"}]' "$2" "$3" "$1" "$2" "$1" "$2"
}

index_json() { # NAME URL-PREFIX
  newest=$(versions "$1" | tail -n 1)
  printf '{"info": {"name": "%s", "version": "%s"}, "releases": {' "$1" "$newest"
  separator=""
  for version in $(versions "$1"); do
    printf '%s%s' "$separator" "$(release_json "$1" "$version" "$2")"
    separator=", "
  done
  printf '}}\n'
}

for name in $(ls "$sdists" | sed 's/-[^-]*\.tar\.gz$//' | sort -u); do
  letter=$(printf %.1s "$name")
  mkdir -p "$www/pi/$name" "$www/pypi/$name" "$www/packages/source/$letter/$name"
  for version in $(versions "$name"); do
    cp "$sdists/$name-$version.tar.gz" "$www/pi/$name/"
    cp "$sdists/$name-$version.tar.gz" "$www/packages/source/$letter/$name/"
  done
  index_json "$name" "https://micropython.org/pi/$name" > "$www/pi/$name/json"
  index_json "$name" "https://files.pythonhosted.org/packages/source/$letter/$name" > "$www/pypi/$name/json"
done
rm -rf "$sdists"
