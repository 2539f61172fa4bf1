# Sourced by node entry scripts. The node's container starts on no network: the harness wires its
# links (LAB_LINKS, e.g. "eth0 eth1") into its network namespace as soon as it runs, each link's
# address last. Wait, bounded, until every one has its address; then ask the lab's router, never
# the machine's resolver, for names.
lab_links_waited=0
for lab_link in ${LAB_LINKS:-}; do
  until ip -o -4 addr show dev "$lab_link" 2>/dev/null | grep -q inet; do
    lab_links_waited=$((lab_links_waited + 1))
    [ "$lab_links_waited" -lt 600 ] || { echo "lab-net: the harness did not wire $lab_link within 30 s" >&2; exit 1; }
    sleep 0.05
  done
done
echo "nameserver ${LAB_DNS:?}" > /etc/resolv.conf
