package dev.esp32ppp.lab;

/** The lab's fixed addresses: those of the field notes, as the drawing in README.md shows them. */
public final class LabAddresses {
    public static final String ROUTER_LAN = "192.168.28.254";
    public static final String ROUTER_INTERNET = "198.18.0.1";
    public static final String ESP32_WLAN = "192.168.28.118";
    public static final String LANHOST = "192.168.28.10";
    /** The passthru setup's desktop on the LAN, as the notes' desktop was on its own. */
    public static final String PC_LAN = "192.168.28.20";
    /** The LAN Linux that ends a tunnel (IPIP or GRE) from the SaxonSoc Linux. */
    public static final String LANLINUX = "192.168.28.30";
    /** The web and NTP server of the simulated internet (stands for 87.248.100.216 of the notes). */
    public static final String INTERNET_WEB = "198.18.0.80";
    public static final String ESP32_PPP = "10.0.5.1";
    public static final String LINUX_PPP = "10.0.5.2";
    /** The PPP link's subnet, over the serial cable between two boards. */
    public static final String PPP_SUBNET = "10.0.5.0/24";
    /**
     * Inside the tunnel between the SaxonSoc Linux and the LAN Linux, which the tunnel recipes
     * make: 10.0.6.1 the LAN Linux's end, 10.0.6.2 the Linux's (which the LAN Linux masquerades).
     */
    public static final String TUNNEL_SUBNET = "10.0.6.0/24";

    private LabAddresses() {
    }
}
