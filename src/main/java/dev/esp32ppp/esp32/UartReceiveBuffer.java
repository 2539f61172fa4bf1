package dev.esp32ppp.esp32;

import java.io.ByteArrayOutputStream;

/**
 * UART2's receive buffer in ESP-IDF's UART driver, 256 octets as MicroPython's machine.UART
 * makes it: what arrives while no one reads waits here for lwIP's reading task; what comes once
 * it is full is lost (the driver stops taking bytes until it is read).
 */
final class UartReceiveBuffer {
    static final int SIZE = 256;
    private final ByteArrayOutputStream waiting = new ByteArrayOutputStream(SIZE);

    void keep(byte[] data, int length) {
        waiting.write(data, 0, Math.min(length, SIZE - waiting.size()));
    }

    /** What waited, taken out. */
    byte[] take() {
        byte[] all = waiting.toByteArray();
        waiting.reset();
        return all;
    }
}
