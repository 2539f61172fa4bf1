package dev.esp32ppp.lab;

import dev.esp32ppp.serial.LineImpairments;
import dev.esp32ppp.serial.LineNoise;

/** A serial line's settings: its speed, the bits it flips and bytes it loses, and its impairments over time. */
public record LineSpec(int baud, LineNoise noise, LineImpairments impairments) {
    /** A clean line at this speed. */
    public static LineSpec at(int baud) {
        return new LineSpec(baud, LineNoise.NONE, LineImpairments.NONE);
    }
}
