package dev.esp32ppp.progress;

import dev.esp32ppp.lab.Event;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phase each node of a lab is in (booting, waiting, PPP LCP/IPCP, up, WiFi), followed from
 * the lab's events.
 */
final class NodePhases {
    /** A node's phase and the moment it began; {@code wifi} is told apart because it runs beside PPP. */
    record Phase(String name, Duration since, boolean wifi) {
        String shown() {
            return name + (wifi ? ", WiFi up" : "");
        }
    }

    private static final Map<String, String> PHASE_OF_KIND = Map.ofEntries(
            Map.entry("power-on", "booting"),
            Map.entry("kernel-up", "Linux booting"),
            Map.entry("board-up", "booting"),
            Map.entry("micropython-start", "main.py running"),
            Map.entry("boot-start", "boot delay"),
            Map.entry("init-script", "init scripts"),
            Map.entry("pppd-start", "pppd: LCP"),
            Map.entry("ppp0-up", "PPP up"),
            Map.entry("pppd-exit", "pppd exited"),
            Map.entry("ppp-connect", "PPP: LCP"),
            Map.entry("ppp-up", "PPP up"),
            Map.entry("ppp-down", "PPP down"),
            Map.entry("ppp-gave-up", "PPP gave up"),
            Map.entry("router-up", "up"),
            Map.entry("internet-up", "up"),
            Map.entry("lanhost-up", "up"));

    private final Map<String, Phase> phases = new LinkedHashMap<>();

    NodePhases(List<String> nodes) {
        nodes.forEach(node -> phases.put(node, new Phase("off", Duration.ZERO, false)));
    }

    /** Follows one event; returns the node's new phase, or null when it did not change. */
    synchronized Phase follow(Event event) {
        Phase now = phases.get(event.node());
        if (now == null) {
            return null;
        }
        Phase next = next(now, event);
        if (next == null || next.shown().equals(now.shown())) {
            return null;
        }
        phases.put(event.node(), next);
        return next;
    }

    private static Phase next(Phase now, Event event) {
        if (event.kind().equals("wifi-up")) {
            return new Phase(now.name(), event.at(), true);
        }
        if (event.isFrame()) {
            // negotiation moves on from LCP once the node sends its first IPCP packet
            boolean ipcp = event.detail().startsWith("[IPCP");
            return ipcp && now.name().endsWith(": LCP")
                    ? new Phase(now.name().replace(": LCP", ": IPCP"), event.at(), now.wifi()) : null;
        }
        String phase = PHASE_OF_KIND.get(event.kind());
        return phase == null ? null : new Phase(phase, event.at(), now.wifi());
    }

    /** Each node's phase, in the lab's power-on order. */
    synchronized Map<String, Phase> snapshot() {
        return new LinkedHashMap<>(phases);
    }
}
