package dev.esp32ppp.serial;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happens to a serial line over time: a delay added to every byte in both directions, noise
 * bursts during which bits flip at the burst's rate, and stretches when the cable is unplugged
 * and carries nothing either way. Bursts and unplugged stretches are scheduled per {@link Anchor}:
 * their times count from the lab's start or from an event of a node.
 *
 * @param latency one-way delay of every byte, on top of the baud rate's pacing
 * @param burstBitErrorRate the bit-error rate during a burst
 * @param schedules the bursts and unplugged stretches, by the moment their times count from
 */
public record LineImpairments(Duration latency, double burstBitErrorRate, Map<Anchor, Schedule> schedules) {
    public static final LineImpairments NONE = new LineImpairments(Duration.ZERO, 0, Map.of());

    /** Bursts and unplugged stretches whose times count from one anchor. */
    public record Schedule(TimeWindows bursts, TimeWindows unplugged) {
        public static final Schedule NONE = new Schedule(TimeWindows.NONE, TimeWindows.NONE);

        public boolean isEmpty() {
            return bursts.isEmpty() && unplugged.isEmpty();
        }
    }

    public LineImpairments {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must be 0 or more, was " + latency.toMillis() + " ms");
        }
        boolean bursts = schedules.values().stream().anyMatch(s -> !s.bursts().isEmpty());
        if (bursts && !(burstBitErrorRate > 0 && burstBitErrorRate <= 0.5)) {
            throw new IllegalArgumentException("a burst's bit-error rate must be above 0 and at most 0.5, was "
                    + burstBitErrorRate);
        }
        Map<Anchor, Schedule> kept = new LinkedHashMap<>();
        schedules.forEach((anchor, schedule) -> {
            if (!schedule.isEmpty()) {
                kept.put(anchor, schedule);
            }
        });
        schedules = Collections.unmodifiableMap(kept);
    }

    /** Bursts and unplugged stretches on the lab's own clock. */
    public LineImpairments(Duration latency, TimeWindows bursts, double burstBitErrorRate, TimeWindows unplugged) {
        this(latency, burstBitErrorRate, Map.of(Anchor.LAB_START, new Schedule(bursts, unplugged)));
    }

    /** The schedule whose times count from {@code anchor}; empty when there is none. */
    public Schedule from(Anchor anchor) {
        return schedules.getOrDefault(anchor, Schedule.NONE);
    }

    /** The bursts whose times count from the lab's start. */
    public TimeWindows bursts() {
        return from(Anchor.LAB_START).bursts();
    }

    /** The unplugged stretches whose times count from the lab's start. */
    public TimeWindows unplugged() {
        return from(Anchor.LAB_START).unplugged();
    }

    public boolean none() {
        return latency.isZero() && schedules.isEmpty();
    }

    /**
     * For the cable's plugged event, e.g. {@code latency 20 ms, noise bursts (bit-error rate 0.02)
     * 0.02 s every 5 s from 5 s, unplugged 2 s for 5 s after saxonsoc ppp0-up}.
     */
    public String describe() {
        StringBuilder out = new StringBuilder();
        if (!latency.isZero()) {
            out.append("latency ").append(latency.toMillis()).append(" ms");
        }
        schedules.forEach((anchor, schedule) -> out.append(out.isEmpty() ? "" : ", ").append(describe(schedule))
                .append(anchor.isLabStart() ? "" : " after " + anchor));
        return out.toString();
    }

    /** One schedule's bursts and unplugged stretches, e.g. {@code unplugged 2 s for 5 s}. */
    public String describe(Schedule schedule) {
        String bursts = schedule.bursts().isEmpty() ? ""
                : "noise bursts (bit-error rate " + burstBitErrorRate + ") " + schedule.bursts();
        String unplugged = schedule.unplugged().isEmpty() ? "" : "unplugged " + schedule.unplugged();
        return bursts + (bursts.isEmpty() || unplugged.isEmpty() ? "" : ", ") + unplugged;
    }
}
