package dev.esp32ppp.serial;

import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Holds bytes back so they cross the wire no faster than the baud rate allows: 8N1 framing
 * takes 10 bit times a byte. A byte is delivered when its last bit would have arrived.
 */
public final class BaudPacer {
    private static final long IDLE_AFTER_NANOS = 2_000_000;

    private final long nanosPerByte;
    private final LongSupplier nanoTime;
    private final LongConsumer sleeper;
    private long lineFreeAt;

    /** @param sleeper parks the caller for the given number of nanoseconds */
    public BaudPacer(int baud, LongSupplier nanoTime, LongConsumer sleeper) {
        if (baud <= 0) {
            throw new IllegalArgumentException("baud rate must be positive, was " + baud);
        }
        this.nanosPerByte = 10_000_000_000L / baud;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.lineFreeAt = nanoTime.getAsLong();
    }

    /** Waits until {@code bytes} more bytes have had time to cross the line. */
    public void pace(int bytes) {
        long now = nanoTime.getAsLong();
        // a sleep that overshoots a little must not slow a busy line; only a real pause resets it
        if (now - lineFreeAt > IDLE_AFTER_NANOS) {
            lineFreeAt = now;
        }
        lineFreeAt += bytes * nanosPerByte;
        long wait = lineFreeAt - now;
        if (wait > 0) {
            sleeper.accept(wait);
        }
    }

    /** How many bytes fit in about one millisecond of line time (at least one). */
    public int bytesPerMillisecond() {
        return (int) Math.max(1, 1_000_000L / nanosPerByte);
    }
}
