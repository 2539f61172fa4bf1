package dev.esp32ppp.events;

import java.time.Duration;

/**
 * Something that happened in the lab, on the lab's one clock.
 *
 * @param at time since the lab's clock started
 * @param node who it happened to, e.g. {@code saxonsoc}, or {@code harness}
 * @param kind what happened, from the catalogue
 * @param detail free text; for frames, the packet in pppd's notation
 * @param data what code reads of the event, typed: a {@link Frame}, a {@link PppWindow}; null for most kinds
 */
public record Event(Duration at, String node, EventKind kind, String detail, EventData data) {
    /** An event whose typed data, when its kind has any, is read from its detail text. */
    public static Event of(Duration at, String node, EventKind kind, String detail) {
        return new Event(at, node, kind, detail, kind.data(detail));
    }

    public boolean isFrame() {
        return data instanceof Frame;
    }

    /** The frame of a frame event ({@link EventKind#FRAME_SENT}, {@link EventKind#FRAME_BAD}); null for others. */
    public Frame frame() {
        return data instanceof Frame frame ? frame : null;
    }

    /** One line: seconds with millisecond precision, node, kind, detail. */
    public String line() {
        return String.format("%9.3f %-9s %-12s %s", at.toNanos() / 1e9, node, kind.id(), detail).stripTrailing();
    }
}
