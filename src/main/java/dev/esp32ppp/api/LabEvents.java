package dev.esp32ppp.api;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import java.time.Duration;
import java.util.List;

/** The lab's events so far, and waits for the next: every milestone of every node on one clock. */
public final class LabEvents {
    private final EventLog log;

    LabEvents(EventLog log) {
        this.log = log;
    }

    /**
     * The first event of that kind from that node, recorded already or within the timeout; nothing
     * polls, the wait ends the moment the event is there.
     *
     * @param kind an event kind's name as events.txt shows it, e.g. {@code ppp0-up}
     * @throws IllegalArgumentException for a kind the harness does not know, naming those it does
     * @throws dev.esp32ppp.events.EventTimeoutException when none came in time ("no ppp0-up from saxonsoc within 120 s")
     */
    public LabEvent await(String node, String kind, Duration timeout) {
        return LabEvent.of(log.await(node, EventKind.byId(kind), timeout));
    }

    /** Every event so far, in order. */
    public List<LabEvent> all() {
        return log.events().stream().map(LabEvent::of).toList();
    }

    /** The events so far of that kind from that node, in order. */
    public List<LabEvent> of(String node, String kind) {
        EventKind wanted = EventKind.byId(kind);
        return log.of(node, wanted).stream().map(LabEvent::of).toList();
    }
}
