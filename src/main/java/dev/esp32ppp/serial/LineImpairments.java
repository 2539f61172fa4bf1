package dev.esp32ppp.serial;

import java.time.Duration;

/**
 * What happens to a serial line over time, on the lab's clock: a delay added to every byte in
 * both directions, noise bursts during which bits flip at the burst's rate, and stretches when
 * the cable is unplugged and carries nothing either way.
 *
 * @param latency one-way delay of every byte, on top of the baud rate's pacing
 * @param bursts when noise bursts are on
 * @param burstBitErrorRate the bit-error rate during a burst
 * @param unplugged when the cable is pulled out
 */
public record LineImpairments(Duration latency, TimeWindows bursts, double burstBitErrorRate, TimeWindows unplugged) {
    public static final LineImpairments NONE = new LineImpairments(Duration.ZERO, TimeWindows.NONE, 0, TimeWindows.NONE);

    public LineImpairments {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must be 0 or more, was " + latency.toMillis() + " ms");
        }
        if (!bursts.isEmpty() && !(burstBitErrorRate > 0 && burstBitErrorRate <= 0.5)) {
            throw new IllegalArgumentException("a burst's bit-error rate must be above 0 and at most 0.5, was "
                    + burstBitErrorRate);
        }
    }

    public boolean none() {
        return latency.isZero() && bursts.isEmpty() && unplugged.isEmpty();
    }

    /** For the cable's plugged event, e.g. {@code latency 20 ms, noise bursts 0.02 s every 5 s from 5 s}. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        if (!latency.isZero()) {
            out.append("latency ").append(latency.toMillis()).append(" ms");
        }
        if (!bursts.isEmpty()) {
            out.append(out.isEmpty() ? "" : ", ").append("noise bursts (bit-error rate ").append(burstBitErrorRate)
                    .append(") ").append(bursts);
        }
        if (!unplugged.isEmpty()) {
            out.append(out.isEmpty() ? "" : ", ").append("unplugged ").append(unplugged);
        }
        return out.toString();
    }
}
