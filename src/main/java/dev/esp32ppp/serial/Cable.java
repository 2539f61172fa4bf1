package dev.esp32ppp.serial;

import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import dev.esp32ppp.events.EventTimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The wire between two serial ends. The harness owns it: it carries each direction at its
 * sender's baud rate (the line's where the sender's is unknown), and a sniffer on each direction
 * turns the frames into events. The line may be noisy
 * ({@link LineNoise}) and impaired over time ({@link LineImpairments}: latency, noise bursts,
 * unplugged stretches), each change of which is an event of node {@code cable}.
 */
public final class Cable implements AutoCloseable {
    private final SerialLine a;
    private volatile SerialLine b;
    private final int baud;
    private final LineNoise noise;
    private final LineImpairments impairments;
    private final EventLog log;
    private final Lane out;
    private final Lane in;
    private final Thread aToB;
    private final Thread bToA;
    /** One a schedule of the impairments: each follows its windows on the clock of its anchor. */
    private final List<Thread> schedules = new ArrayList<>();
    /** How many unplugged windows, and how many noise bursts, are open now (schedules may overlap). */
    private int pullsOpen;
    private int burstsOpen;

    public Cable(SerialLine a, SerialLine b, int baud, EventLog log) {
        this(a, b, baud, LineNoise.NONE, LineImpairments.NONE, log);
    }

    public Cable(SerialLine a, SerialLine b, int baud, LineNoise noise, LineImpairments impairments, EventLog log) {
        this.a = a;
        this.b = b;
        this.baud = baud;
        this.noise = noise;
        this.impairments = impairments;
        this.log = log;
        String name = "cable-" + a.name();
        this.out = new Lane(name + "-out-delay", () -> a, () -> this.b);
        this.in = new Lane(name + "-in-delay", () -> this.b, () -> a);
        this.aToB = Thread.ofPlatform().daemon().name(name + "-out").unstarted(() -> carry(a, out));
        this.bToA = Thread.ofPlatform().daemon().name(name + "-in").unstarted(this::carryBack);
        impairments.schedules().forEach((anchor, schedule) -> schedules.add(Thread.ofPlatform().daemon()
                .name(name + "-schedule-" + anchor.kind()).unstarted(() -> followSchedule(anchor, schedule))));
    }

    public Cable start() {
        log.record("cable", EventKind.PLUGGED, a.name() + " <-> " + b.name() + " at " + baud + " baud"
                + (noise.clean() ? "" : ", bit-error rate " + noise.bitErrorRate() + ", drop rate " + noise.dropRate())
                + (impairments.none() ? "" : ", " + impairments.describe()));
        out.start();
        in.start();
        aToB.start();
        bToA.start();
        schedules.forEach(Thread::start);
        return this;
    }

    /**
     * Plugs another far end into the cable (a terminal in place of the console, a replugged
     * board); the old end is closed.
     */
    public void plug(SerialLine other) throws IOException {
        SerialLine old = b;
        b = other;
        log.record("cable", EventKind.PLUGGED, a.name() + " <-> " + other.name() + " (was " + old.name() + ")");
        old.close();
    }

    /**
     * Octets onto the wire from one end, beside what that end sends (a scenario's recipe
     * {@code send}, e.g. octets no program under pppd could write): they reach the other end whole,
     * between two slices of the end's own bytes and after the line's latency, unless the cable is
     * pulled out. The line's noise and the sniffer leave them alone; the recipe's event names them.
     *
     * @param end the name of the end they come from, e.g. {@code saxonsoc}
     */
    public void send(String end, byte[] octets) throws IOException {
        if (end.equals(a.name())) {
            out.inject(octets);
        } else if (end.equals(b.name())) {
            in.inject(octets);
        } else {
            throw new IllegalArgumentException("the cable " + a.name() + " <-> " + b.name() + " has no end " + end);
        }
    }

    /** The far end's bytes, from whichever end is plugged in now. */
    private void carryBack() {
        SerialLine current;
        do {
            current = b;
            carry(current, in);
        } while (current != b);
    }

    private void carry(SerialLine from, Lane lane) {
        Sniffer sniffer = new Sniffer(from.name(), log);
        LineNoise.Source line = noise.source(from.name());
        int rate = sendingRate(from);
        BaudPacer pacer = new BaudPacer(rate, System::nanoTime, LockSupport::parkNanos);
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = from.read(buffer)) >= 0) {
                int now = sendingRate(from);
                if (now != rate) {
                    rate = now;
                    pacer = new BaudPacer(rate, System::nanoTime, LockSupport::parkNanos);
                }
                int slice = pacer.bytesPerMillisecond();
                for (int off = 0; off < n; off += slice) {
                    int len = Math.min(slice, n - off);
                    pacer.pace(len);
                    lane.cross(buffer, off, len, line, sniffer);
                }
            }
            long lost = lane.lostUnplugged();
            log.record("cable", EventKind.LINE_CLOSED, from.name() + " end closed" + (noise.clean() ? ""
                    : "; noise flipped " + line.flippedBits() + " bits and lost " + line.droppedBytes() + " bytes")
                    + (lost == 0 ? "" : "; " + lost + " bytes lost while unplugged"));
        } catch (IOException e) {
            if (!Thread.currentThread().isInterrupted()) {
                log.record("cable", EventKind.LINE_CLOSED, from.name() + ": " + e.getMessage());
            }
        }
    }

    /**
     * The rate an end's octets cross at: its own UART's, as each UART clocks out its own octets,
     * or the line's where the end's is unknown.
     */
    private int sendingRate(SerialLine from) {
        return from.baud() > 0 ? from.baud() : baud;
    }

    /**
     * Opens and closes one schedule's windows at their times, counted from its anchor: the lab's
     * start, or the first time the anchor's node reports the anchor's event (recorded then as the
     * cable's {@code anchor} event, so the timeline shows where the times count from).
     */
    private void followSchedule(Anchor anchor, LineImpairments.Schedule schedule) {
        Duration zero = Duration.ZERO;
        if (!anchor.isLabStart()) {
            try {
                zero = log.await(anchor.node(), anchor.kind(), TimeWindows.FOREVER).at();
            } catch (EventTimeoutException e) {
                return; // the cable was closed first
            }
            log.record("cable", EventKind.ANCHOR, impairments.describe(schedule) + ", counted from " + anchor + " at "
                    + TimeWindows.seconds(zero) + " s");
        }
        TimeWindows pulls = schedule.unplugged();
        TimeWindows bursts = schedule.bursts();
        boolean pulled = false;
        boolean bursting = false;
        Duration t = log.now().minus(zero);
        while (true) {
            TimeWindows.Window pull = pulls.at(t);
            if ((pull != null) != pulled) {
                pulled = pull != null;
                pull(pulled, pull);
            }
            TimeWindows.Window burst = bursts.at(t);
            if ((burst != null) != bursting) {
                bursting = burst != null;
                burst(bursting, burst);
            }
            Duration next = earliest(pulls.nextChange(t), bursts.nextChange(t));
            if (next == null || !log.sleepUntil(zero.plus(next))) {
                return;
            }
            t = next;
        }
    }

    /**
     * A window opens or closes. A change that lets something through (the cable plugged back in,
     * a burst's damage) is recorded before the lanes take it, one that stops something after: so on
     * the lab's clock no byte arrives between {@code unplugged} and {@code replugged}, and burst
     * damage only between {@code noise-burst} and {@code noise-burst-end}.
     */
    private synchronized void pull(boolean out, TimeWindows.Window window) {
        if (out && pullsOpen++ == 0) {
            setUnplugged(true);
            log.record("cable", EventKind.UNPLUGGED, "pulled out for " + TimeWindows.seconds(window.length()) + " s");
        } else if (!out && --pullsOpen == 0) {
            log.record("cable", EventKind.REPLUGGED, "plugged back in");
            setUnplugged(false);
        }
    }

    private synchronized void burst(boolean on, TimeWindows.Window window) {
        if (on && burstsOpen++ == 0) {
            log.record("cable", EventKind.NOISE_BURST, "bit-error rate " + impairments.burstBitErrorRate() + " for "
                    + TimeWindows.seconds(window.length()) + " s");
            setBurst(impairments.burstBitErrorRate());
        } else if (!on && --burstsOpen == 0) {
            setBurst(0);
            log.record("cable", EventKind.NOISE_BURST_END, "");
        }
    }

    private void setUnplugged(boolean unplugged) {
        out.unplugged(unplugged);
        in.unplugged(unplugged);
    }

    private void setBurst(double bitErrorRate) {
        out.burst(bitErrorRate);
        in.burst(bitErrorRate);
    }

    private static Duration earliest(Duration x, Duration y) {
        return x == null ? y : y == null || x.compareTo(y) <= 0 ? x : y;
    }

    @Override
    public void close() throws IOException {
        aToB.interrupt();
        bToA.interrupt();
        schedules.forEach(Thread::interrupt);
        out.close();
        in.close();
        try {
            a.close();
        } finally {
            b.close();
        }
    }

    /**
     * One direction of the cable. Its lock keeps each slice of bytes and each change of the
     * line's state apart: a slice crosses wholly before or wholly after a change.
     */
    private final class Lane implements AutoCloseable {
        private final Supplier<SerialLine> source;
        private final Supplier<SerialLine> destination;
        /** The two rates last found to differ, reported once: {sender's, receiver's}. */
        private int[] mismatchReported = {0, 0};
        /** Holds the bytes for the latency; null without one. */
        private final DelayLine delay;
        private boolean unplugged;
        /** The bit-error rate of the burst on now, 0 outside bursts. */
        private double burst;
        private long lostUnplugged;

        Lane(String delayName, Supplier<SerialLine> source, Supplier<SerialLine> destination) {
            this.source = source;
            this.destination = destination;
            this.delay = impairments.latency().isZero() ? null
                    : new DelayLine(delayName, impairments.latency(), log, bytes -> arrive(bytes, 0, bytes.length));
        }

        void start() {
            if (delay != null) {
                delay.start();
            }
        }

        /** Bytes entering the wire: a pulled cable loses them; noise hits them; the sniffer hears them. */
        synchronized void cross(byte[] data, int off, int len, LineNoise.Source line, Sniffer sniffer)
                throws IOException {
            if (unplugged) {
                lostUnplugged += len;
                return;
            }
            int arrived = burst > 0 ? line.apply(data, off, len, burst) : line.apply(data, off, len);
            // the sniffer hears what the far end receives, noise and all
            sniffer.accept(data, off, arrived);
            travel(data, off, arrived);
        }

        /** Octets put on the wire beside the end's own: past the noise and the sniffer. */
        synchronized void inject(byte[] octets) throws IOException {
            if (unplugged) {
                lostUnplugged += octets.length;
                return;
            }
            travel(octets, 0, octets.length);
        }

        /** On to the far end, through the latency if the line has one. */
        private void travel(byte[] data, int off, int len) throws IOException {
            if (delay == null) {
                arrive(data, off, len);
            } else {
                delay.send(data, off, len);
            }
        }

        /** Bytes reaching the far end: a cable pulled while they were on the way loses them. */
        synchronized void arrive(byte[] data, int off, int len) throws IOException {
            if (unplugged) {
                lostUnplugged += len;
                return;
            }
            SerialLine to = destination.get();
            if (!to.receiving() || len == 0) {
                return;
            }
            SerialLine from = source.get();
            int sent = from.baud();
            int read = to.baud();
            if (sent > 0 && read > 0 && sent != read) {
                reportMismatch(from, sent, to, read);
                byte[] garbled = UartSampling.receive(data, off, len, sent, read);
                to.write(garbled, 0, garbled.length);
            } else {
                to.write(data, off, len);
            }
        }

        private void reportMismatch(SerialLine from, int sent, SerialLine to, int read) {
            if (mismatchReported[0] != sent || mismatchReported[1] != read) {
                mismatchReported = new int[] {sent, read};
                log.record("cable", EventKind.BAUD_MISMATCH, from.name() + " sends at " + sent + " baud, "
                        + to.name() + " reads at " + read + ": it reads garbage");
            }
        }

        synchronized void unplugged(boolean pulled) {
            unplugged = pulled;
        }

        synchronized void burst(double bitErrorRate) {
            burst = bitErrorRate;
        }

        synchronized long lostUnplugged() {
            return lostUnplugged;
        }

        @Override
        public void close() {
            if (delay != null) {
                delay.close();
            }
        }
    }
}
