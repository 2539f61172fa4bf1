package dev.esp32ppp.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Docker drops, on an internal network, every packet whose source or destination lies outside
 * the network's subnet, even between two of its own containers (DHCP's 0.0.0.0, anything routed
 * through the lab's router or the ESP32). The lab lets traffic that stays on its own bridge
 * pass, with a rule in DOCKER-USER that it removes again; nothing may leave the bridge still.
 */
final class HostFirewall {
    private final String labId;
    private final List<String> bridges = new ArrayList<>();

    HostFirewall(String labId) {
        this.labId = labId;
    }

    /** @param networkId the Docker network's id; its bridge is br- and the id's first 12 characters */
    void allowWithinBridge(String networkId) {
        String bridge = "br-" + networkId.substring(0, 12);
        iptables("-I", bridge);
        bridges.add(bridge);
    }

    void removeAll() {
        for (String bridge : bridges) {
            iptables("-D", bridge);
        }
        bridges.clear();
    }

    private void iptables(String action, String bridge) {
        List<String> command = List.of("iptables", "-w", action, "DOCKER-USER", "-i", bridge, "-o", bridge,
                "-m", "comment", "--comment", "esp32ppp-lab-" + labId, "-j", "ACCEPT");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new LabException("could not " + (action.equals("-I") ? "open" : "close") + " the lab's bridge "
                        + bridge + " in the host firewall (" + output + "); the harness must run as root with iptables");
            }
        } catch (IOException e) {
            throw new LabException("iptables is missing on this host; install it (apt-get install iptables)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while changing the host firewall", e);
        }
    }
}
