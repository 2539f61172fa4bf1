package dev.esp32ppp.api;

import dev.esp32ppp.lab.LineSpec;
import dev.esp32ppp.serial.LineImpairments;
import dev.esp32ppp.serial.LineNoise;

/**
 * The serial line between the boards: its speed and, optionally, the bits it flips and the bytes
 * it loses. {@code SerialLine.baud(115200).withBitErrorRate(2e-6)}.
 *
 * @param baud bits per second, 9600 to 921600
 * @param bitErrorRate the chance that a bit flips, 0 to below 0.1
 * @param dropRate the chance that a byte is lost, 0 to below 0.5
 * @param seed the seed of the noise, for a repeatable run
 */
public record SerialLine(int baud, double bitErrorRate, double dropRate, long seed) {
    /** A clean line at this speed. */
    public static SerialLine baud(int baud) {
        return new SerialLine(baud, 0, 0, 0);
    }

    /** The same line flipping bits at this rate. */
    public SerialLine withBitErrorRate(double rate) {
        return new SerialLine(baud, rate, dropRate, seed);
    }

    /** The same line losing bytes at this rate. */
    public SerialLine withDropRate(double rate) {
        return new SerialLine(baud, bitErrorRate, rate, seed);
    }

    /** The same line with this seed for its noise. */
    public SerialLine withSeed(long value) {
        return new SerialLine(baud, bitErrorRate, dropRate, value);
    }

    /** The harness's line; fails naming {@code withLine} when a value is out of range. */
    LineSpec spec() {
        if (baud < 9600 || baud > 921600) {
            throw new LabOptionException("withLine: baud must be between 9600 and 921600, was " + baud);
        }
        try {
            return new LineSpec(baud, new LineNoise(bitErrorRate, dropRate, seed), LineImpairments.NONE);
        } catch (IllegalArgumentException e) {
            throw new LabOptionException("withLine: " + e.getMessage());
        }
    }
}
