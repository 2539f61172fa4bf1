package dev.esp32ppp.lab;

/**
 * The lab's networks, with fixed subnets: each is a bridge in the lab's own switch (a container
 * of the lab alone, see {@link LabSwitch}), so it has no way out of the lab and two labs may use
 * the same addresses at once. The bridge has no address: nothing of the machine is on it.
 */
public enum LabNetwork {
    /** The WiFi LAN of the field notes. */
    LAN("lan", "192.168.28.0/24", LabAddresses.ROUTER_LAN),
    /** The simulated internet, in the benchmarking range 198.18.0.0/15. */
    INTERNET("internet", "198.18.0.0/24", LabAddresses.ROUTER_INTERNET);

    private final String id;
    private final String subnet;
    private final String router;

    LabNetwork(String id, String subnet, String router) {
        this.id = id;
        this.subnet = subnet;
        this.router = router;
    }

    /** The lab router's address on this network: the name server of the nodes on it. */
    public String router() {
        return router;
    }

    public String id() {
        return id;
    }

    public String subnet() {
        return subnet;
    }

    /** The subnet's prefix length, which a node's address on it carries. */
    int prefixLength() {
        return Integer.parseInt(subnet.substring(subnet.indexOf('/') + 1));
    }

    /** The network's bridge in the lab's switch. */
    String bridge() {
        return "br-" + id;
    }
}
