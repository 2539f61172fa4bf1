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
    private final SerialLine b;
    private final int baud;
    private final EventLog log;
    private final Thread aToB;
    private final Thread bToA;

    public Cable(SerialLine a, SerialLine b, int baud, EventLog log) {
        this.a = a;
        this.b = b;
        this.baud = baud;
        this.log = log;
        this.aToB = Thread.ofPlatform().daemon().name("cable-" + a.name() + "-to-" + b.name())
                .unstarted(() -> carry(a, b));
        this.bToA = Thread.ofPlatform().daemon().name("cable-" + b.name() + "-to-" + a.name())
                .unstarted(() -> carry(b, a));
    }

    public Cable start() {
        log.record("cable", "plugged", a.name() + " <-> " + b.name() + " at " + baud + " baud");
        aToB.start();
        bToA.start();
        return this;
    }

    private void carry(SerialLine from, SerialLine to) {
        Sniffer sniffer = new Sniffer(from.name(), log);
        BaudPacer pacer = new BaudPacer(baud, System::nanoTime, LockSupport::parkNanos);
        int slice = pacer.bytesPerMillisecond();
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = from.read(buffer)) >= 0) {
                for (int off = 0; off < n; off += slice) {
                    int len = Math.min(slice, n - off);
                    pacer.pace(len);
                    sniffer.accept(buffer, off, len);
                    if (to.receiving()) {
                        to.write(buffer, off, len);
                    }
                }
            }
            log.record("cable", "line-closed", from.name() + " end closed");
        } catch (IOException e) {
            if (!Thread.currentThread().isInterrupted()) {
                log.record("cable", "line-closed", from.name() + " -> " + to.name() + ": " + e.getMessage());
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
