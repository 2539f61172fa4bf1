package dev.esp32ppp.lab;

import java.time.Duration;

/**
 * Something that happened in the lab, on the lab's one clock.
 *
 * @param at time since the lab's clock started
 * @param node who it happened to, e.g. {@code saxonsoc}, or {@code harness}
 * @param kind what happened, e.g. {@code power-on}, {@code pppd-start}, {@code sent}
 * @param detail free text; for frames, the packet in pppd's notation
 * @param frame for frame events, the frame's content (unescaped, FCS removed); otherwise null
 */
public record Event(Duration at, String node, String kind, String detail, byte[] frame) {
    public static final String FRAME_SENT = "sent";
    public static final String FRAME_BAD = "bad-frame";

    public boolean isFrame() {
        return frame != null;
    }

    /** One line: seconds with millisecond precision, node, kind, detail. */
    public String line() {
        return String.format("%9.3f %-9s %-12s %s", at.toNanos() / 1e9, node, kind, detail).stripTrailing();
    }
}
