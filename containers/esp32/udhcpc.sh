#!/bin/sh
# udhcpc's hook for the ESP32's WiFi station: take the lease's address and name server; the
# model decides the routes (ESP-IDF makes the station the default interface when it connects).
case "$1" in
  deconfig) ip addr flush dev "$interface" ;;
  bound|renew)
    ip addr replace "$ip/${mask:-24}" dev "$interface"
    echo "nameserver ${dns%% *}" > /etc/resolv.conf
    printf 'ip=%s\nmask=%s\nrouter=%s\ndns=%s\n' "$ip" "${mask:-24}" "${router%% *}" "${dns%% *}" > "/run/$interface.lease"
    ;;
esac
