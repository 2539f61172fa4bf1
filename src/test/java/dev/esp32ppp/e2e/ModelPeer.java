package dev.esp32ppp.e2e;

import dev.esp32ppp.esp32.ExecutorScheduler;
import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.ppp.LinkListener;
import dev.esp32ppp.ppp.LinkPhase;
import dev.esp32ppp.ppp.LinkSettings;
import dev.esp32ppp.ppp.PppLink;
import dev.esp32ppp.serial.SerialLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The far end of the ESP32's line, well behaved: the project's PPP model on real time, with the
 * addresses pppd gives in the lab (it takes 10.0.5.2 and Naks the ESP32's 0.0.0.0 with
 * 10.0.5.1). The test throws raw bytes on the same line; they go between the peer's frames.
 */
final class ModelPeer implements AutoCloseable {
    private static final int LINUX_ADDRESS = 0x0a000502;
    private static final int ESP32_ADDRESS = 0x0a000501;
    private static final LinkSettings SETTINGS = FirmwareProfile.IDF3_OFFICIAL.linkSettings()
            .withAddresses(LINUX_ADDRESS, ESP32_ADDRESS);

    private final SerialLine line;
    private final ExecutorScheduler scheduler = new ExecutorScheduler("peer-link");
    private final Random random = new Random(1661);
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    /** The link of the latest {@link #connect()}, touched on the scheduler's thread only. */
    private Attempt current;
    private volatile LinkPhase phase = LinkPhase.DEAD;

    ModelPeer(SerialLine line) {
        this.line = line;
        Thread.ofPlatform().daemon().name("peer-reader").start(this::read);
    }

    /** One link: it speaks and tells its phase only while it is the current one. */
    private final class Attempt implements LinkListener {
        final PppLink link = new PppLink(SETTINGS, scheduler, random::nextInt, this::toLine, this);

        private void toLine(byte[] frame) {
            if (current == this) {
                send(frame);
            }
        }

        @Override
        public void phase(LinkPhase next) {
            if (current == this) {
                phase = next;
            }
        }
    }

    /** A fresh link that starts negotiating at once; the one before goes mute. */
    void connect() {
        scheduler.submit(() -> {
            current = new Attempt();
            phase = LinkPhase.DEAD;
            current.link.connect();
        }).join();
    }

    LinkPhase phase() {
        return phase;
    }

    /** Octets on the line, whole: neither the peer's frames nor other bytes cut into them. */
    synchronized void send(byte[] octets) {
        try {
            line.write(octets, 0, octets.length);
            sent.addAndGet(octets.length);
        } catch (IOException e) {
            throw new UncheckedIOException("the line to esp32-lwip is gone", e);
        }
    }

    /** How many octets went onto the line so far, the peer's frames and all else. */
    long sent() {
        return sent.get();
    }

    /** How many octets came from the ESP32's end so far. */
    long received() {
        return received.get();
    }

    private void read() {
        byte[] buffer = new byte[65536];
        try {
            int n;
            while ((n = line.read(buffer)) > 0) {
                received.addAndGet(n);
                byte[] chunk = Arrays.copyOf(buffer, n);
                scheduler.execute(() -> {
                    if (current != null) {
                        current.link.input(chunk, 0, chunk.length);
                    }
                });
            }
        } catch (IOException lineClosed) {
            // the line's owner closed it: the reader ends
        }
    }

    /** The peer goes mute; its reader ends when the line's owner closes the line. */
    @Override
    public void close() {
        scheduler.submit(() -> current = null).join();
    }
}
