# Sourced by node entry scripts: the lab has no way out. Docker gives a container a default
# route to its bridge (the host) even on an internal network; drop it, and ask the lab's
# router, never the machine's resolver, for names.
ip route del default 2>/dev/null || true
echo "nameserver ${LAB_DNS:?}" > /etc/resolv.conf
