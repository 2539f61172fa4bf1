package dev.esp32ppp.serial;

import java.io.Closeable;
import java.io.IOException;

/** One end of a serial line: a board's UART, a host pty or a real port. Bytes, no framing. */
public interface SerialLine extends Closeable {
    /** Blocks until some bytes arrive. @return how many, or -1 when the line is gone */
    int read(byte[] buffer) throws IOException;

    void write(byte[] data, int off, int len) throws IOException;

    /** Who is on this end, e.g. {@code saxonsoc}. */
    String name();

    /**
     * Whether the end takes bytes now. A board's UART that no program has open loses what
     * reaches it, as the real one does; the cable drops bytes for an end that is not receiving.
     */
    default boolean receiving() {
        return true;
    }

    /**
     * The baud rate the end's UART is set to, 0 while the harness does not know it. Where both
     * ends of a cable know theirs and they differ, each reads the other's octets as garbage, as
     * real UARTs do ({@link UartSampling}).
     */
    default int baud() {
        return 0;
    }
}
