package dev.esp32ppp.serial;

import dev.esp32ppp.lab.EventLog;
import java.io.IOException;
import java.util.concurrent.locks.LockSupport;

/**
 * The wire between two serial ends. The harness owns it: it carries each direction at the baud
 * rate, and a sniffer on each direction turns the frames into events.
 */
public final class Cable implements AutoCloseable {
    private final SerialLine a;
    private volatile SerialLine b;
    private final int baud;
    private final LineNoise noise;
    private final EventLog log;
    private final Thread aToB;
    private final Thread bToA;

    public Cable(SerialLine a, SerialLine b, int baud, EventLog log) {
        this(a, b, baud, LineNoise.NONE, log);
    }

    public Cable(SerialLine a, SerialLine b, int baud, LineNoise noise, EventLog log) {
        this.a = a;
        this.b = b;
        this.baud = baud;
        this.noise = noise;
        this.log = log;
        this.aToB = Thread.ofPlatform().daemon().name("cable-" + a.name() + "-out")
                .unstarted(() -> carry(a, () -> this.b));
        this.bToA = Thread.ofPlatform().daemon().name("cable-" + a.name() + "-in").unstarted(this::carryBack);
    }

    public Cable start() {
        log.record("cable", "plugged", a.name() + " <-> " + b.name() + " at " + baud + " baud"
                + (noise.clean() ? "" : ", bit-error rate " + noise.bitErrorRate() + ", drop rate " + noise.dropRate()));
        aToB.start();
        bToA.start();
        return this;
    }

    /**
     * Plugs another far end into the cable (a terminal in place of the console, a replugged
     * board); the old end is closed.
     */
    public void plug(SerialLine other) throws IOException {
        SerialLine old = b;
        b = other;
        log.record("cable", "plugged", a.name() + " <-> " + other.name() + " (was " + old.name() + ")");
        old.close();
    }

    /** The far end's bytes, from whichever end is plugged in now. */
    private void carryBack() {
        SerialLine current;
        do {
            current = b;
            carry(current, () -> a);
        } while (current != b);
    }

    private void carry(SerialLine from, java.util.function.Supplier<SerialLine> destination) {
        Sniffer sniffer = new Sniffer(from.name(), log);
        LineNoise.Source line = noise.source(from.name());
        BaudPacer pacer = new BaudPacer(baud, System::nanoTime, LockSupport::parkNanos);
        int slice = pacer.bytesPerMillisecond();
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = from.read(buffer)) >= 0) {
                for (int off = 0; off < n; off += slice) {
                    int len = Math.min(slice, n - off);
                    pacer.pace(len);
                    // the sniffer hears what the far end receives, noise and all
                    int arrived = line.apply(buffer, off, len);
                    sniffer.accept(buffer, off, arrived);
                    SerialLine to = destination.get();
                    if (to.receiving() && arrived > 0) {
                        to.write(buffer, off, arrived);
                    }
                }
            }
            log.record("cable", "line-closed", from.name() + " end closed" + (noise.clean() ? ""
                    : "; noise flipped " + line.flippedBits() + " bits and lost " + line.droppedBytes() + " bytes"));
        } catch (IOException e) {
            if (!Thread.currentThread().isInterrupted()) {
                log.record("cable", "line-closed", from.name() + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void close() throws IOException {
        aToB.interrupt();
        bToA.interrupt();
        try {
            a.close();
        } finally {
            b.close();
        }
    }
}
