package dev.esp32ppp.serial;

import java.util.function.IntConsumer;

/**
 * The baud rate a board's end announces in its own stream, so that the cable knows it before the
 * first octet sent at that rate: a program that sets its UART's rate and then sends at once (pppd
 * opens the tty, sets 115200 and sends its first Configure-Request within milliseconds) would
 * otherwise race any report that travels another path. The announcement has the shape of
 * RFC 2217's SET-BAUDRATE (IAC SB COM-PORT-OPTION SET-BAUDRATE, four octets of rate in network
 * order, IAC SE); the node writes it on the UART just before the program starts (the Linux's pppd
 * wrapper, the ESP32's machine.UART(2); rate 0, not set, at the ESP32's power-on), and the
 * harness's end of the line takes it out of the stream: no far end ever reads it. Unlike RFC 2217
 * the data is not escaped, so ten octets of data of exactly this shape would be taken for an
 * announcement; the standard rates hold no 0xFF.
 */
final class InBandBaud {
    static final int LENGTH = 10;
    private static final byte IAC = (byte) 0xff;
    private static final byte[] HEAD = {IAC, (byte) 0xfa, 44, 1};
    private static final byte[] TAIL = {IAC, (byte) 0xf0};

    private final byte[] held = new byte[LENGTH - 1];
    private int heldLength;

    /** The announcement of {@code rate} as the node writes it. */
    static byte[] of(int rate) {
        byte[] command = new byte[LENGTH];
        System.arraycopy(HEAD, 0, command, 0, HEAD.length);
        for (int i = 0; i < 4; i++) {
            command[HEAD.length + i] = (byte) (rate >>> (24 - 8 * i));
        }
        System.arraycopy(TAIL, 0, command, LENGTH - TAIL.length, TAIL.length);
        return command;
    }

    /** How many octets the last read left held (a possible announcement's start); they come first. */
    int heldLength() {
        return heldLength;
    }

    /**
     * Takes the announcements out of what was just read: {@code buffer[heldLength()..heldLength()+n)}
     * (the caller read there, past room for the held octets). Each announced rate goes to
     * {@code rates}, in stream order. An announcement's start at the end is held back for the next
     * read: a node writes the whole in one write, so the rest follows at once.
     *
     * @return how many octets of data are now at the start of {@code buffer}
     */
    int take(byte[] buffer, int n, IntConsumer rates) {
        System.arraycopy(held, 0, buffer, 0, heldLength);
        int end = heldLength + n;
        heldLength = 0;
        int data = 0;
        int i = 0;
        while (i < end) {
            int match = matching(buffer, i, end);
            if (match == LENGTH) {
                rates.accept(rate(buffer, i));
                i += LENGTH;
            } else if (match == end - i) {
                heldLength = match;
                System.arraycopy(buffer, i, held, 0, match);
                break;
            } else {
                buffer[data++] = buffer[i++];
            }
        }
        return data;
    }

    /** At the end of the stream: what was held was data after all. @return how many octets */
    int drain(byte[] buffer) {
        int n = heldLength;
        System.arraycopy(held, 0, buffer, 0, n);
        heldLength = 0;
        return n;
    }

    /** How many octets from {@code at} have an announcement's shape (LENGTH: a whole one). */
    private static int matching(byte[] buffer, int at, int end) {
        int i = 0;
        while (i < LENGTH && at + i < end && fits(i, buffer[at + i])) {
            i++;
        }
        return i;
    }

    private static boolean fits(int position, byte octet) {
        if (position < HEAD.length) {
            return octet == HEAD[position];
        }
        if (position >= LENGTH - TAIL.length) {
            return octet == TAIL[position - (LENGTH - TAIL.length)];
        }
        return true; // the rate's octets
    }

    private static int rate(byte[] buffer, int at) {
        int rate = 0;
        for (int i = 0; i < 4; i++) {
            rate = rate << 8 | buffer[at + HEAD.length + i] & 0xff;
        }
        return rate;
    }
}
