package dev.esp32ppp.bench;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.lab.LabRecord;
import java.time.Duration;
import java.util.List;

/**
 * Where a scenario lab's time went, on its own clock: its containers starting, the scenario's
 * waits (boots, main.py's and the scripted delays, at the scenario's time scale), and its
 * recipes and checks (transfers among them), up to its last event.
 */
record LabTimeSplit(double start, double waits, double steps) {
    static LabTimeSplit of(LabRecord lab) {
        List<Event> events = lab.events();
        double started = at(events, EventKind.STARTED, true, 0);
        double waited = at(events, EventKind.WAITED, false, lab.seconds());
        return new LabTimeSplit(started, Math.max(0, waited - started), Math.max(0, lab.seconds() - waited));
    }

    LabTimeSplit plus(LabTimeSplit other) {
        return new LabTimeSplit(start + other.start, waits + other.waits, steps + other.steps);
    }

    double total() {
        return start + waits + steps;
    }

    /** The last (or first) event of {@code kind}, in seconds; {@code none} when there is none. */
    private static double at(List<Event> events, EventKind kind, boolean last, double none) {
        return events.stream().filter(e -> e.kind() == kind).map(Event::at).reduce((a, b) -> last ? b : a)
                .map(Duration::toNanos).map(nanos -> nanos / 1e9).orElse(none);
    }
}
