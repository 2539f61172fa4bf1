package dev.esp32ppp.esp32;

import java.io.ByteArrayOutputStream;

/**
 * UART2's receive buffer in ESP-IDF's UART driver, 256 octets as MicroPython's machine.UART
 * makes it: what arrives while no one reads waits here for lwIP's reading task (or the program's
 * UART(2).read() before connect()); what comes once it is full is lost (the driver stops taking
 * bytes until it is read).
 */
final class UartReceiveBuffer {
    static final int SIZE = 256;
    private final ByteArrayOutputStream waiting = new ByteArrayOutputStream(SIZE);

    void keep(byte[] data, int length) {
        waiting.write(data, 0, Math.min(length, SIZE - waiting.size()));
    }

    /** What waited, taken out. */
    byte[] take() {
        return take(SIZE);
    }

    /** The first {@code max} octets that waited (fewer if fewer did), taken out. */
    byte[] take(int max) {
        byte[] all = waiting.toByteArray();
        int n = Math.min(Math.max(0, max), all.length);
        waiting.reset();
        waiting.write(all, n, all.length - n);
        return java.util.Arrays.copyOf(all, n);
    }
}
