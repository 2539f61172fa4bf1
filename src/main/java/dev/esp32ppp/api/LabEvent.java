package dev.esp32ppp.api;

import dev.esp32ppp.events.Event;
import java.time.Duration;

/**
 * Something that happened in the lab, on its one clock: a node's boot milestone, a PPP frame on
 * the line, a phase change, a route change, a recipe.
 *
 * @param at since the lab's clock started
 * @param node who reported it, e.g. {@code esp32}, {@code saxonsoc}, {@code harness}
 * @param kind what happened, e.g. {@code ppp0-up}, {@code socks-start}, {@code frame} (the names of events.txt)
 * @param detail free text; for a frame, the packet in pppd's notation
 */
public record LabEvent(Duration at, String node, String kind, String detail) {
    static LabEvent of(Event event) {
        return new LabEvent(event.at(), event.node(), event.kind().id(), event.detail());
    }

    /** The event as events.txt has it: seconds, node, kind, detail. */
    public String line() {
        return String.format("%9.3f %-9s %-12s %s", at.toNanos() / 1e9, node, kind, detail).stripTrailing();
    }
}
