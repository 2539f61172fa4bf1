#!/usr/bin/env bash
# Makes this host ready for the harness: a Docker engine that runs, mmdebstrap, socat, ip and
# nsenter (which wire the labs' links), and for the tests (ESP32PPP_NEED_BROWSER=1) a headless
# Chromium.
# On Debian/Ubuntu as root it installs what is missing from the distribution's packages and
# starts dockerd when no engine answers; elsewhere it says what to install and stops.
set -euo pipefail

need_pkgs=()
command -v dockerd >/dev/null 2>&1 || need_pkgs+=(docker.io)
command -v docker >/dev/null 2>&1 || need_pkgs+=(docker.io)
command -v mmdebstrap >/dev/null 2>&1 || need_pkgs+=(mmdebstrap)
command -v socat >/dev/null 2>&1 || need_pkgs+=(socat)
command -v ip >/dev/null 2>&1 || need_pkgs+=(iproute2)
command -v nsenter >/dev/null 2>&1 || need_pkgs+=(util-linux)
# the test suite looks at the report in a real browser
if [ "${ESP32PPP_NEED_BROWSER:-}" = 1 ] && ! command -v chromium-headless-shell >/dev/null 2>&1 \
    && ! command -v chromium >/dev/null 2>&1; then
  need_pkgs+=(chromium-headless-shell)
fi

if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: installing ${need_pkgs[*]} from the distribution's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q "${need_pkgs[@]}" >/dev/null
  else
    echo "bootstrap: missing ${need_pkgs[*]}; install them (Debian/Ubuntu: sudo apt-get install ${need_pkgs[*]}) and run again" >&2
    exit 1
  fi
fi

if ! docker info >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "bootstrap: no Docker engine answers; starting dockerd"
    mkdir -p /var/log
    nohup dockerd >/var/log/esp32ppp-dockerd.log 2>&1 &
    for _ in $(seq 1 60); do
      docker info >/dev/null 2>&1 && break
      sleep 1
    done
    docker info >/dev/null 2>&1 || { echo "bootstrap: dockerd did not start; see /var/log/esp32ppp-dockerd.log" >&2; exit 1; }
  else
    echo "bootstrap: no Docker engine answers; start it (sudo systemctl start docker) or run as root" >&2
    exit 1
  fi
fi
