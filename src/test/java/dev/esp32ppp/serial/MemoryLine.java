package dev.esp32ppp.serial;

import dev.esp32ppp.events.EventLog;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One end of a serial line in memory, for the cable's tests: it sends an endless stream of zero
 * octets, or only what the test gives it; it notes every write it gets at its time on the lab's
 * clock (under the cable's lane lock, so in order with the cable's events).
 */
final class MemoryLine implements SerialLine {
    /** Octets that reached this end, and when. */
    record Arrival(Duration at, byte[] bytes) {
        long damaged() {
            long n = 0;
            for (byte b : bytes) {
                n += b != 0 ? 1 : 0;
            }
            return n;
        }
    }

    private final String name;
    private final EventLog clock;
    private final boolean endless;
    private final BlockingQueue<byte[]> toSend = new LinkedBlockingQueue<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private volatile int baud;

    private MemoryLine(String name, EventLog clock, boolean endless) {
        this.name = name;
        this.clock = clock;
        this.endless = endless;
    }

    /** Sends zero octets as fast as the cable takes them. */
    static MemoryLine endless(String name, EventLog clock) {
        return new MemoryLine(name, clock, true);
    }

    /** Sends what {@link #send} gives it. */
    static MemoryLine quiet(String name, EventLog clock) {
        return new MemoryLine(name, clock, false);
    }

    /** This end's UART rate from now on (0: unknown, as by default). */
    MemoryLine atBaud(int rate) {
        baud = rate;
        return this;
    }

    @Override
    public int baud() {
        return baud;
    }

    void send(byte[] bytes) {
        toSend.add(bytes);
    }

    List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    long received() {
        return arrivals.stream().mapToLong(a -> a.bytes().length).sum();
    }

    @Override
    public int read(byte[] buffer) {
        try {
            while (closed.getCount() > 0) {
                if (endless) {
                    Arrays.fill(buffer, (byte) 0);
                    return buffer.length;
                }
                byte[] next = toSend.poll(50, TimeUnit.MILLISECONDS);
                if (next != null) {
                    System.arraycopy(next, 0, buffer, 0, next.length); // the tests send less than the cable's buffer
                    return next.length;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }

    @Override
    public void write(byte[] data, int off, int len) {
        arrivals.add(new Arrival(clock.now(), Arrays.copyOfRange(data, off, off + len)));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        closed.countDown();
    }
}
