package dev.esp32ppp.serial;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Several lines behind one, of which one is connected at a time: the DIP switch SW1 that puts
 * the ESP32's UART0 or UART2 on the USB serial, or the USB serial held by either a person's
 * terminal or pppd. What an unselected line sends is lost; what is written goes to the selected.
 */
public final class LineSelector implements SerialLine {
    private static final byte[] CLOSED = new byte[0];

    private final String name;
    private final List<SerialLine> lines = new CopyOnWriteArrayList<>();
    private final BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
    private volatile SerialLine selected;
    private byte[] pending = new byte[0];

    public LineSelector(String name) {
        this.name = name;
    }

    /** Connects {@code line} (adding it the first time); the others are cut off. */
    public void select(SerialLine line) {
        if (!lines.contains(line)) {
            lines.add(line);
            Thread.ofPlatform().daemon().name("selector-" + line.name()).start(() -> drain(line));
        }
        selected = line;
    }

    public SerialLine selected() {
        return selected;
    }

    private void drain(SerialLine line) {
        byte[] buffer = new byte[2048];
        try {
            int n;
            while ((n = line.read(buffer)) >= 0) {
                if (line == selected && n > 0) {
                    received.add(Arrays.copyOf(buffer, n));
                }
            }
        } catch (IOException e) {
            // the line is gone; so is what it would have sent
        }
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        try {
            if (pending.length == 0) {
                pending = received.take();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
        if (pending == CLOSED) {
            received.add(CLOSED);
            pending = new byte[0];
            return -1;
        }
        int n = Math.min(buffer.length, pending.length);
        System.arraycopy(pending, 0, buffer, 0, n);
        pending = Arrays.copyOfRange(pending, n, pending.length);
        return n;
    }

    @Override
    public void write(byte[] data, int off, int len) throws IOException {
        SerialLine line = selected;
        if (line != null) {
            line.write(data, off, len);
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** As the selected line: a closed board UART loses what reaches it through the switch too. */
    @Override
    public boolean receiving() {
        SerialLine line = selected;
        return line == null || line.receiving();
    }

    /** The selected line's rate: the switch passes the levels on, whatever the rate. */
    @Override
    public int baud() {
        SerialLine line = selected;
        return line == null ? 0 : line.baud();
    }

    @Override
    public void close() throws IOException {
        received.add(CLOSED);
        IOException first = null;
        for (SerialLine line : lines) {
            try {
                line.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
