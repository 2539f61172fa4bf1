package dev.esp32ppp.serial;

import java.util.concurrent.CountDownLatch;

/** A cable end with nothing plugged in: it never sends, and what reaches it is lost. */
public final class SilentLine implements SerialLine {
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public int read(byte[] buffer) {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }

    @Override
    public void write(byte[] data, int off, int len) {
        // nothing is connected
    }

    @Override
    public String name() {
        return "unplugged";
    }

    @Override
    public void close() {
        closed.countDown();
    }
}
