package dev.esp32ppp.progress;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.ppp.ControlProtocol;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phase each node of a lab is in (booting, waiting, PPP LCP/IPCP, up, WiFi), followed from
 * the lab's events: each kind's phase is the catalogue's ({@link EventKind#phase()}).
 */
final class NodePhases {
    /** A node's phase and the moment it began; {@code wifi} is told apart because it runs beside PPP. */
    record Phase(String name, Duration since, boolean wifi) {
        String shown() {
            return name + (wifi ? ", " + EventKind.WIFI_UP.label() : "");
        }
    }

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
        if (event.kind() == EventKind.WIFI_UP) {
            return new Phase(now.name(), event.at(), true);
        }
        if (event.isFrame()) {
            // negotiation moves on from LCP once the node sends its first IPCP packet
            boolean ipcp = event.frame().protocol() == ControlProtocol.IPCP.number();
            return ipcp && now.name().endsWith(": LCP")
                    ? new Phase(now.name().replace(": LCP", ": IPCP"), event.at(), now.wifi()) : null;
        }
        String phase = event.kind().phase();
        return phase == null ? null : new Phase(phase, event.at(), now.wifi());
    }

    /** Each node's phase, in the lab's power-on order. */
    synchronized Map<String, Phase> snapshot() {
        return new LinkedHashMap<>(phases);
    }
}
