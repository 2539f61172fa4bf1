package dev.esp32ppp.lab;

/**
 * One of a node's interfaces on a lab network, as the harness wires it: a veth pair whose node
 * end is {@code iface} at {@code address} with {@code mac}, and whose other end,
 * {@code switchEnd}, is a port of the network's bridge in the lab's switch.
 *
 * @param switchEnd unique on the machine while the lab runs: it carries the lab's id
 */
record Link(String node, String iface, LabNetwork network, String address, String mac, String switchEnd) {
    /** The address with its subnet's prefix length, as {@code ip addr add} takes it. */
    String cidr() {
        return address + "/" + network.prefixLength();
    }
}
