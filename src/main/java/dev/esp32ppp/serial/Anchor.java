package dev.esp32ppp.serial;

import dev.esp32ppp.events.EventKind;

/**
 * The moment an impairment's times count from: the first time {@code node} reports an event of
 * {@code kind} (e.g. saxonsoc's {@code ppp0-up}), or {@link #LAB_START} for the lab's own clock.
 * Anchoring "after the link is up" on that event keeps a scenario right however slowly its lab boots.
 */
public record Anchor(String node, EventKind kind) {
    public static final Anchor LAB_START = new Anchor("lab", EventKind.LAB_START);

    public boolean isLabStart() {
        return equals(LAB_START);
    }

    @Override
    public String toString() {
        return isLabStart() ? "the lab's start" : node + " " + kind;
    }
}
