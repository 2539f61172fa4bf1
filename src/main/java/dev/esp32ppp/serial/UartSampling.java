package dev.esp32ppp.serial;

import java.io.ByteArrayOutputStream;

/**
 * What a UART set to one baud rate reads from a line driven at another: the sender's octets as
 * the line's levels (a start bit, eight data bits least significant first, a stop bit, high when
 * idle), sampled as a receiver does it: it waits for the line to go low, then reads each bit in
 * the middle of its own bit time. At the same rate that gives back the octets sent; at another,
 * the garbage a wrong speed gives (fewer octets from a faster sender, more from a slower one).
 * An octet whose stop bit reads low (a framing error) is still delivered as read.
 */
final class UartSampling {
    private static final int BITS_PER_OCTET = 10;

    private UartSampling() {}

    static byte[] receive(byte[] data, int off, int len, int sentBaud, int readBaud) {
        boolean[] line = levels(data, off, len);
        double receiverBit = (double) sentBaud / readBaud; // one bit of the receiver, in the sender's bits
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        double hunt = 0;
        while (true) {
            int start = firstLow(line, (int) Math.ceil(hunt));
            if (start < 0) {
                return read.toByteArray();
            }
            double startBit = Math.max(hunt, start);
            int octet = 0;
            for (int i = 0; i < 8; i++) {
                if (level(line, startBit + (i + 1.5) * receiverBit)) {
                    octet |= 1 << i;
                }
            }
            read.write(octet);
            hunt = startBit + 9.5 * receiverBit; // the middle of its stop bit: it hunts for the next start from there
        }
    }

    /** The line's level in each of the sender's bit times: true for high. */
    private static boolean[] levels(byte[] data, int off, int len) {
        boolean[] line = new boolean[len * BITS_PER_OCTET];
        for (int i = 0; i < len; i++) {
            int base = i * BITS_PER_OCTET;
            for (int bit = 0; bit < 8; bit++) {
                line[base + 1 + bit] = (data[off + i] >> bit & 1) == 1;
            }
            line[base + 9] = true;
        }
        return line;
    }

    private static int firstLow(boolean[] line, int from) {
        for (int i = Math.max(0, from); i < line.length; i++) {
            if (!line[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The level at a time in the sender's bits; high (idle) after the last octet. */
    private static boolean level(boolean[] line, double at) {
        int bit = (int) Math.floor(at);
        return bit >= line.length || line[bit];
    }
}
