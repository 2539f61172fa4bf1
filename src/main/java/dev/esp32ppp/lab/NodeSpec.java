package dev.esp32ppp.lab;

import dev.esp32ppp.esp32.Esp32Stack;
import dev.esp32ppp.esp32.FirmwareProfile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of a lab, before it runs.
 *
 * @param name unique in the lab, e.g. {@code saxonsoc}
 * @param role which image it runs
 * @param attachments its interfaces on lab networks; none for a board with only a UART
 * @param files host files or folders copied into the container before it starts (host path to container path)
 * @param bootSeconds the board's boot time at time scale 1 (0 for nodes without one)
 * @param uarts the board's UARTs the harness wires, the cable's one first; none for other nodes
 * @param env environment of the node's entry script
 * @param sysctls kernel settings of the node's network namespace
 */
public record NodeSpec(String name, NodeRole role, List<Attachment> attachments, Map<Path, String> files,
                       double bootSeconds, List<String> uarts, Map<String, String> env, Map<String, String> sysctls) {

    /** SaxonSoc's boot time on the real board, from the field notes. */
    public static final double SAXONSOC_BOOT_SECONDS = 50;
    /** The lab's WiFi network, which the fixture's wifi.json names. */
    public static final String WIFI_SSID = "ulx3s-lab";
    public static final String WIFI_PASSWORD = "radiona";
    /** The ESP32 station's MAC; the router's DHCP gives it 192.168.28.118. */
    public static final String ESP32_MAC = "02:32:e5:32:00:01";

    public boolean hasUart() {
        return !uarts.isEmpty();
    }

    /** A SaxonSoc Linux board whose {@code /etc/init.d/S30ppp} is the given script. */
    public static NodeSpec saxonsoc(String name, Path s30ppp, double bootSeconds) {
        return new NodeSpec(name, NodeRole.SAXONSOC, List.of(), Map.of(s30ppp, "/etc/init.d/S30ppp"),
                bootSeconds, List.of("uart"), Map.of(), Map.of());
    }

    /**
     * The desktop Linux of the passthru setup, its USB serial at /dev/ttyUSB0: booted and idle,
     * with the seed's pppd command at /root/pppd-passthru for the harness to run.
     */
    public static NodeSpec pc() {
        return idleLinux("pc", "ttyUSB0", ProjectHome.fixtures().resolve("pc/pppd-passthru"), "/root/pppd-passthru");
    }

    /**
     * A Linux (the saxonsoc image) that boots at once and starts nothing, with its UART as
     * /dev/{@code device} and {@code script} at {@code scriptAt} for the harness to run when it chooses.
     */
    public static NodeSpec idleLinux(String name, String device, Path script, String scriptAt) {
        return new NodeSpec(name, NodeRole.SAXONSOC, List.of(), Map.of(
                ProjectHome.fixtures().resolve("saxonsoc/S30ppp-later"), "/etc/init.d/S30ppp", script, scriptAt),
                0, List.of("uart"), Map.of("UART_DEVICE", device), Map.of());
    }

    public static NodeSpec router() {
        return new NodeSpec("router", NodeRole.ROUTER, List.of(
                new Attachment(LabNetwork.LAN, LabAddresses.ROUTER_LAN),
                new Attachment(LabNetwork.INTERNET, LabAddresses.ROUTER_INTERNET)), Map.of(), 0, List.of(), Map.of(),
                Map.of("net.ipv4.ip_forward", "1"));
    }

    public static NodeSpec internet() {
        return new NodeSpec("internet", NodeRole.INTERNET,
                List.of(new Attachment(LabNetwork.INTERNET, LabAddresses.INTERNET_WEB)),
                Map.of(ProjectHome.fixtures().resolve("internet/www/index.html"), "/srv/www/index.html"), 0, List.of(),
                Map.of(), Map.of());
    }

    /** Another computer on the WiFi LAN, with a web page. */
    public static NodeSpec lanhost() {
        return new NodeSpec("lanhost", NodeRole.LANHOST, List.of(new Attachment(LabNetwork.LAN, LabAddresses.LANHOST)),
                Map.of(ProjectHome.fixtures().resolve("lanhost/www/index.html"), "/srv/www/index.html"), 0, List.of(),
                Map.of(), Map.of());
    }

    /** The ESP32 board running a firmware with the fixture's flash. */
    public static NodeSpec esp32(FirmwareProfile firmware) {
        return esp32(firmware, ProjectHome.fixtures().resolve("esp32/flash"), null);
    }

    /**
     * The ESP32 board running a firmware, with a flash folder (boot.py, main.py, ...) and
     * optionally another main.py in place of the flash's own. Only a forwarding firmware forwards IP.
     * Its network stack is the one chosen for this process ({@link Esp32Stack#chosen()}); real
     * lwIP takes the firmware's FSM timers at start.
     */
    public static NodeSpec esp32(FirmwareProfile firmware, Path flash, Path mainPy) {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(flash, "/flash");
        if (mainPy != null) {
            files.put(mainPy, "/flash/main.py");
        }
        return new NodeSpec("esp32", NodeRole.ESP32,
                List.of(new Attachment(LabNetwork.LAN, LabAddresses.ESP32_WLAN)), files, 0, List.of("uart2", "uart0"),
                Map.of("FIRMWARE", firmware.id(), "LAB_WIFI_SSID", WIFI_SSID, "LAB_WIFI_PASSWORD", WIFI_PASSWORD,
                        "WLAN_MAC", ESP32_MAC, Esp32Stack.VARIABLE, chosenStack().id(),
                        "FSM_RESTART_MS", Long.toString(firmware.restartMillis()),
                        "FSM_MAX_CONFREQS", Integer.toString(firmware.maxConfigure())),
                // lwIP sends no TCP timestamps; without them VJ compresses as it does on the board
                Map.of("net.ipv4.ip_forward", firmware.ipForwarding() ? "1" : "0", "net.ipv4.tcp_timestamps", "0"));
    }

    private static Esp32Stack chosenStack() {
        try {
            return Esp32Stack.chosen();
        } catch (IllegalArgumentException e) {
            throw new LabException(e.getMessage() + " (from --stack or " + Esp32Stack.VARIABLE + ")");
        }
    }
}
