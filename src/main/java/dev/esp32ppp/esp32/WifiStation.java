package dev.esp32ppp.esp32;

import dev.esp32ppp.events.EventKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The ESP32's WiFi station on the lab's LAN: it joins only the lab's network with the right
 * password, then takes an address by DHCP from the router (busybox udhcpc on wlan0), or the
 * static one WLAN.ifconfig() set (udhcpc's script takes it as it takes a lease).
 */
final class WifiStation {
    /** What DHCP gave: address, netmask, router, name server. */
    record Lease(String ip, String netmask, String router, String dns) {
    }

    /** The static address WLAN.ifconfig((ip, mask, gw, dns)) set, its netmask in bits. */
    record StaticAddress(String ip, String maskBits, String router, String dns) {
    }

    private final String ssid;
    private final String password;
    private final BiConsumer<EventKind, String> events;
    private volatile Lease lease;
    /** The name DHCP asks for (option 12): ESP-IDF's default until config(dhcp_hostname=) sets one. */
    private volatile String hostname = "espressif";

    WifiStation(String ssid, String password, BiConsumer<EventKind, String> events) {
        this.ssid = ssid;
        this.password = password;
        this.events = events;
    }

    Lease lease() {
        return lease;
    }

    /**
     * Associates and runs DHCP, or takes the static address; blocks for the DHCP exchange.
     *
     * @param fixed the static address, or null for DHCP
     * @return the lease, or null
     */
    Lease connect(String wantedSsid, String wantedPassword, StaticAddress fixed) {
        if (!ssid.equals(wantedSsid) || !password.equals(wantedPassword)) {
            events.accept(EventKind.WIFI_FAILED, ssid.equals(wantedSsid) ? "wrong password" : "no network " + wantedSsid);
            return null;
        }
        events.accept(EventKind.WIFI_ASSOCIATED, "ssid=" + ssid);
        try {
            Process dhcp = addressing(fixed).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (dhcp.waitFor() != 0) {
                events.accept(EventKind.WIFI_FAILED, "no DHCP answer");
                return null;
            }
            Map<String, String> values = new HashMap<>();
            for (String line : Files.readAllLines(Path.of("/run/wlan0.lease"))) {
                String[] kv = line.split("=", 2);
                values.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
            lease = new Lease(values.get("ip"), netmask(values.get("mask")), values.get("router"), values.get("dns"));
            return lease;
        } catch (IOException e) {
            events.accept(EventKind.WIFI_FAILED, e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    void hostname(String name) {
        hostname = name;
    }

    private ProcessBuilder addressing(StaticAddress fixed) {
        if (fixed == null) {
            return new ProcessBuilder("busybox", "udhcpc", "-i", "wlan0", "-q", "-n", "-t", "5", "-T", "1",
                    "-x", "hostname:" + hostname, "-s", "/opt/node/udhcpc.sh");
        }
        ProcessBuilder script = new ProcessBuilder("sh", "/opt/node/udhcpc.sh", "bound");
        script.environment().putAll(Map.of("interface", "wlan0", "ip", fixed.ip(), "mask", fixed.maskBits(),
                "router", fixed.router(), "dns", fixed.dns()));
        return script;
    }

    void disconnect() {
        lease = null;
    }

    private static String netmask(String bits) {
        int n = Integer.parseInt(bits);
        int mask = n == 0 ? 0 : -1 << (32 - n);
        return (mask >>> 24) + "." + (mask >>> 16 & 255) + "." + (mask >>> 8 & 255) + "." + (mask & 255);
    }
}
