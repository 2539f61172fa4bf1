package dev.esp32ppp.lab;

/**
 * The lab's Docker networks: internal (no way out of the lab) with fixed subnets. Docker puts
 * its bridge at the gateway address, which no node uses as a route.
 */
public enum LabNetwork {
    /** The WiFi LAN of the field notes. */
    LAN("lan", "192.168.28.0/24", "192.168.28.1", LabAddresses.ROUTER_LAN),
    /** The simulated internet, in the benchmarking range 198.18.0.0/15. */
    INTERNET("internet", "198.18.0.0/24", "198.18.0.254", LabAddresses.ROUTER_INTERNET);

    private final String id;
    private final String subnet;
    private final String gateway;
    private final String router;

    LabNetwork(String id, String subnet, String gateway, String router) {
        this.id = id;
        this.subnet = subnet;
        this.gateway = gateway;
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

    public String gateway() {
        return gateway;
    }
}
