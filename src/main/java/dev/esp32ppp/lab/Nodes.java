package dev.esp32ppp.lab;

import dev.esp32ppp.esp32.Esp32Stack;
import java.nio.file.Path;

/** The nodes the labs are made of, each built with {@link NodeSpec}'s steps. */
public final class Nodes {
    /** SaxonSoc's boot time on the real board, from the field notes. */
    public static final double SAXONSOC_BOOT_SECONDS = 50;
    /** Where a Linux board's init runs the script that starts pppd. */
    public static final String S30PPP = "/etc/init.d/S30ppp";
    /** The LAN Linux's node name. */
    public static final String LAN_LINUX = "lanlinux";
    /** The lab's WiFi network, which the fixture's wifiman.conf names. */
    private static final String WIFI_SSID = "ulx3s-lab";
    private static final String WIFI_PASSWORD = "radiona";
    /** The ESP32 station's MAC; the router's DHCP gives it 192.168.28.118. */
    private static final String ESP32_MAC = "02:32:e5:32:00:01";

    private Nodes() {
    }

    /** The SaxonSoc board: it boots as long as the real one, then its init runs {@code s30ppp} with that {@code pppd}. */
    public static NodeSpec saxonsoc(Path s30ppp, PppdVersion pppd) {
        return linux("saxonsoc", s30ppp, pppd).bootingIn(SAXONSOC_BOOT_SECONDS);
    }

    /**
     * A Linux board (the saxonsoc image) that boots at once and runs {@code s30ppp} from its init;
     * its plain {@code pppd} is that version.
     */
    public static NodeSpec linux(String name, Path s30ppp, PppdVersion pppd) {
        return NodeSpec.of(name, NodeRole.SAXONSOC).withFile(s30ppp, S30PPP).withEnv(PppdVersion.VARIABLE, pppd.id());
    }

    /**
     * A Linux (the saxonsoc image) that boots at once and starts nothing, with its UART as
     * /dev/{@code device} and {@code script} at {@code scriptAt} for the harness to run when it chooses.
     */
    public static NodeSpec idleLinux(String name, String device, Path script, String scriptAt, PppdVersion pppd) {
        return linux(name, startsNothing(), pppd)
                .withFile(script, scriptAt)
                .withEnv("UART_DEVICE", device);
    }

    /**
     * The desktop Linux of the passthru setup, its USB serial at /dev/ttyUSB0: booted and idle,
     * with the seed's pppd command at /root/pppd-passthru for the harness to run. Like the notes'
     * desktop it is on a LAN with a default route of its own (enp2s0 via the router), which the
     * pppd's {@code defaultroute} meets and leaves alone.
     */
    public static NodeSpec pc(PppdVersion pppd) {
        return onLan(idleLinux("pc", "ttyUSB0", ProjectHome.fixtures().resolve("pc/pppd-passthru"),
                "/root/pppd-passthru", pppd), LabAddresses.PC_LAN, "enp2s0");
    }

    /**
     * A Linux on the WiFi LAN that ends a tunnel from the SaxonSoc Linux, as the notes' last recipe
     * has it: the saxonsoc image, whose user-mode Linux kernel has the IPIP and GRE modules and,
     * with the image's own nf_tables modules, iptables' nat table (the host kernel has NAT but no
     * IPIP or GRE). It boots at once, starts nothing and has nothing on its UART; its LAN
     * interface is eth0, its default route the router.
     */
    public static NodeSpec lanLinux() {
        return onLan(linux(LAN_LINUX, startsNothing(), PppdVersion.DEFAULT), LabAddresses.LANLINUX, "eth0");
    }

    /** An init script that starts nothing at boot. */
    private static Path startsNothing() {
        return ProjectHome.fixtures().resolve("saxonsoc/S30ppp-later");
    }

    /** A Linux guest on the LAN at {@code address}: its raw interface named {@code device}, its default route via the router. */
    private static NodeSpec onLan(NodeSpec linux, String address, String device) {
        return linux.on(LabNetwork.LAN, address)
                .withEnv("LAN_DEVICE", device)
                .withEnv("LAN_GATEWAY", LabAddresses.ROUTER_LAN);
    }

    /**
     * The ESP32 board running its firmware on its network stack, with its flash (then main.py and
     * the additions over it, when the setup has them); only a forwarding
     * firmware forwards IP. Real lwIP takes the firmware's FSM timers at start.
     */
    public static NodeSpec esp32(BoardSetup boards) {
        NodeSpec board = NodeSpec.of("esp32", NodeRole.ESP32)
                .on(LabNetwork.LAN, LabAddresses.ESP32_WLAN)
                .withFile(boards.flash(), "/flash")
                .withEnv("FIRMWARE", boards.firmware().id())
                .withEnv("LAB_WIFI_SSID", WIFI_SSID)
                .withEnv("LAB_WIFI_PASSWORD", WIFI_PASSWORD)
                .withEnv("WLAN_MAC", ESP32_MAC)
                .withEnv(Esp32Stack.VARIABLE, boards.stack().id())
                .withEnv("FSM_RESTART_MS", Long.toString(boards.firmware().restartMillis()))
                .withEnv("FSM_MAX_CONFREQS", Integer.toString(boards.firmware().maxConfigure()))
                .withSysctl("net.ipv4.ip_forward", boards.firmware().ipForwarding() ? "1" : "0")
                // lwIP sends no TCP timestamps; without them VJ compresses as it does on the board
                .withSysctl("net.ipv4.tcp_timestamps", "0");
        if (boards.mainPy() != null) {
            board = board.withFile(boards.mainPy(), "/flash/main.py");
        }
        return boards.flashAdditions() == null ? board : board.withFile(boards.flashAdditions(), "/flash");
    }

    /** The LAN's router, forwarding between the LAN and the internet. */
    public static NodeSpec router() {
        return NodeSpec.of("router", NodeRole.ROUTER)
                .on(LabNetwork.LAN, LabAddresses.ROUTER_LAN)
                .on(LabNetwork.INTERNET, LabAddresses.ROUTER_INTERNET)
                .withSysctl("net.ipv4.ip_forward", "1");
    }

    /** The simulated internet's web and NTP server, with the project's package index as it is. */
    public static NodeSpec internet() {
        return internet(PackageIndex.ofProject());
    }

    /** The simulated internet's web and NTP server, serving upip that package index. */
    public static NodeSpec internet(PackageIndex index) {
        NodeSpec internet = NodeSpec.of("internet", NodeRole.INTERNET)
                .on(LabNetwork.INTERNET, LabAddresses.INTERNET_WEB)
                .withFile(ProjectHome.fixtures().resolve("internet/www/index.html"), "/srv/www/index.html")
                .withFile(index.folder(), "/opt/packages");
        return index.pins().isEmpty() ? internet : internet.withEnv(PackageIndex.PINS_VARIABLE, index.pinsValue());
    }

    /** Another computer on the WiFi LAN, with a web page. */
    public static NodeSpec lanhost() {
        return NodeSpec.of("lanhost", NodeRole.LANHOST)
                .on(LabNetwork.LAN, LabAddresses.LANHOST)
                .withFile(ProjectHome.fixtures().resolve("lanhost/www/index.html"), "/srv/www/index.html");
    }
}
