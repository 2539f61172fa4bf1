package dev.esp32ppp.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lab's two rules in the host firewall, for each of its bridges, removed again at the end.
 * Docker drops, on an internal network, every packet whose source or destination lies outside
 * the network's subnet, even between two of its own containers (DHCP's 0.0.0.0, anything routed
 * through the lab's router or the ESP32): the lab lets traffic that stays on its bridge pass.
 * And Docker lets containers reach the host itself at the bridge's address: the lab drops that,
 * so no node can reach anything of the machine's.
 */
final class HostFirewall {
    private final String comment;
    private final List<List<String>> rules = new ArrayList<>();

    HostFirewall(String labId) {
        this.comment = "esp32ppp-lab-" + labId;
    }

    /** @param networkId the Docker network's id; its bridge is br- and the id's first 12 characters */
    void containBridge(String networkId) {
        String bridge = "br-" + networkId.substring(0, 12);
        add(List.of("DOCKER-USER", "-i", bridge, "-o", bridge), "ACCEPT");
        add(List.of("INPUT", "-i", bridge), "DROP");
    }

    private void add(List<String> match, String target) {
        List<String> rule = new ArrayList<>(match);
        rule.addAll(List.of("-m", "comment", "--comment", comment, "-j", target));
        iptables("-I", rule);
        rules.add(rule);
    }

    /** Removes every rule it added, all of them even when one fails; then reports the first failure. */
    void removeAll() {
        LabException first = null;
        for (List<String> rule : rules) {
            try {
                iptables("-D", rule);
            } catch (LabException e) {
                first = first == null ? e : first;
            }
        }
        rules.clear();
        if (first != null) {
            throw first;
        }
    }

    /** Removes the rules of a lab that is gone (its harness was killed before it could). */
    static void removeRulesOf(String labId) {
        String marker = "--comment esp32ppp-lab-" + labId + " ";
        for (String line : run(List.of("iptables", "-w", "-S")).lines().toList()) {
            if (line.startsWith("-A ") && (line + " ").contains(marker)) {
                List<String> rule = List.of(line.substring(3).split(" "));
                iptables("-D", rule);
            }
        }
    }

    private static void iptables(String action, List<String> rule) {
        List<String> command = new ArrayList<>(List.of("iptables", "-w", action));
        command.addAll(rule);
        try {
            run(command);
        } catch (LabException e) {
            throw new LabException("could not " + (action.equals("-I") ? "add" : "remove") + " the host firewall rule "
                    + String.join(" ", rule) + " (" + e.getMessage() + "); the harness must run as root with iptables");
        }
    }

    /** Runs iptables; returns its output, or throws with it. */
    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new LabException(output);
            }
            return output;
        } catch (IOException e) {
            throw new LabException("iptables is missing on this host; install it (apt-get install iptables)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while changing the host firewall", e);
        }
    }
}
