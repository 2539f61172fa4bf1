package dev.esp32ppp.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.esp32ppp.events.Event;
import dev.esp32ppp.events.EventKind;
import dev.esp32ppp.events.EventLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The cable's impairments between two ends in memory. Every assertion compares moments on the
 * lab's one clock (the cable's events against the arrivals the ends note), or counts; none
 * depends on how fast this machine is. Waits are Awaitility's, each with its limit.
 */
@Tag("unit")
class CableImpairmentsTest {
    private static final int BAUD = 115200;
    /** Far beyond what the waits need on an idle machine (about 2 s); only a hang gets there. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern LOST = Pattern.compile("(\\d+) bytes lost while unplugged");

    private final EventLog log = new EventLog();

    private static Duration s(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private List<Event> cable(EventKind kind) {
        return log.of("cable", kind);
    }

    /** [start, end) of each pair of events, e.g. unplugged then replugged; an open last one ends never. */
    private List<Duration[]> spans(EventKind from, EventKind to) {
        List<Event> starts = cable(from);
        List<Event> ends = cable(to);
        List<Duration[]> spans = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            spans.add(new Duration[] {starts.get(i).at(), i < ends.size() ? ends.get(i).at() : TimeWindows.FOREVER});
        }
        return spans;
    }

    private static boolean inside(Duration at, List<Duration[]> spans) {
        return spans.stream().anyMatch(span -> at.compareTo(span[0]) > 0 && at.compareTo(span[1]) < 0);
    }

    @Test
    void anUnpluggedCableCarriesNothingEitherWayAndLosesWhatIsSent() throws IOException {
        TimeWindows pulls = TimeWindows.repeating(new TimeWindows.Repeat(s(1.2), s(0.4), s(0.1), s(2)))
                .with(new TimeWindows.Window(s(0.3), s(1.0)));
        MemoryLine saxonsoc = MemoryLine.endless("saxonsoc", log);
        MemoryLine esp32 = MemoryLine.endless("esp32", log);
        try (Cable cable = new Cable(saxonsoc, esp32, BAUD, LineNoise.NONE,
                new LineImpairments(Duration.ZERO, TimeWindows.NONE, 0, pulls), log).start()) {
            await("three outages, then octets both ways").atMost(PATIENCE).until(() -> cable(EventKind.REPLUGGED).size() == 3
                    && esp32.arrivals().getLast().at().compareTo(cable(EventKind.REPLUGGED).get(2).at()) > 0
                    && saxonsoc.arrivals().getLast().at().compareTo(cable(EventKind.REPLUGGED).get(2).at()) > 0);
        }
        await("both directions closed").atMost(PATIENCE).until(() -> cable(EventKind.LINE_CLOSED).size() == 2);

        List<Event> unplugged = cable(EventKind.UNPLUGGED);
        List<Event> replugged = cable(EventKind.REPLUGGED);
        assertThat(unplugged).hasSize(3);
        List<Duration> scheduled = List.of(s(0.3), s(1.0), s(1.2), s(1.3), s(1.6), s(1.7));
        for (int i = 0; i < 3; i++) {
            assertThat(unplugged.get(i).at()).isGreaterThanOrEqualTo(scheduled.get(2 * i));
            assertThat(replugged.get(i).at()).isGreaterThanOrEqualTo(scheduled.get(2 * i + 1))
                    .isGreaterThan(unplugged.get(i).at());
        }
        List<Duration[]> outages = spans(EventKind.UNPLUGGED, EventKind.REPLUGGED);
        for (MemoryLine end : List.of(esp32, saxonsoc)) {
            assertThat(end.arrivals()).as("octets that reached %s while the cable was out", end.name())
                    .noneMatch(arrival -> inside(arrival.at(), outages));
        }
        // each direction says what it lost: octets sent while unplugged are gone, not held back
        assertThat(cable(EventKind.LINE_CLOSED)).allSatisfy(closed -> {
            Matcher lost = LOST.matcher(closed.detail());
            assertThat(lost.find()).as(closed.detail()).isTrue();
            assertThat(Long.parseLong(lost.group(1))).isPositive();
        });
    }

    /**
     * A slow boot: the event the unplug counts from comes late (here only once octets have
     * flowed for a while). Nothing is pulled before it; the window opens at its time plus
     * {@code at}, and the cable records where the times count from.
     */
    @Test
    void anAnchoredUnplugWaitsForItsEventHoweverLateItComes() throws IOException {
        Anchor linkUp = new Anchor("saxonsoc", EventKind.PPP0_UP);
        LineImpairments impairments = new LineImpairments(Duration.ZERO, 0, Map.of(linkUp,
                new LineImpairments.Schedule(TimeWindows.NONE, TimeWindows.NONE.with(new TimeWindows.Window(s(0.2), s(0.5))))));
        MemoryLine saxonsoc = MemoryLine.endless("saxonsoc", log);
        MemoryLine esp32 = MemoryLine.endless("esp32", log);
        Event anchor;
        try (Cable cable = new Cable(saxonsoc, esp32, BAUD, LineNoise.NONE, impairments, log).start()) {
            await("octets flowing both ways for longer than the window's start").atMost(PATIENCE)
                    .until(() -> esp32.received() > BAUD / 10 && saxonsoc.received() > BAUD / 10);
            assertThat(cable(EventKind.UNPLUGGED)).as("pulled before its event").isEmpty();
            anchor = log.record("saxonsoc", EventKind.PPP0_UP, "");
            await("the outage and octets after it").atMost(PATIENCE).until(() -> cable(EventKind.REPLUGGED).size() == 1
                    && esp32.arrivals().getLast().at().compareTo(cable(EventKind.REPLUGGED).getFirst().at()) > 0);
        }
        assertThat(cable(EventKind.ANCHOR)).singleElement().extracting(Event::detail)
                .isEqualTo("unplugged 0.2 s for 0.3 s, counted from saxonsoc ppp0-up at "
                        + TimeWindows.seconds(anchor.at()) + " s");
        assertThat(cable(EventKind.UNPLUGGED)).singleElement().extracting(Event::at).satisfies(at -> assertThat(at)
                .isGreaterThanOrEqualTo(anchor.at().plus(s(0.2))));
        assertThat(cable(EventKind.REPLUGGED).getFirst().at()).isGreaterThanOrEqualTo(anchor.at().plus(s(0.5)));
        List<Duration[]> outage = spans(EventKind.UNPLUGGED, EventKind.REPLUGGED);
        for (MemoryLine end : List.of(esp32, saxonsoc)) {
            assertThat(end.arrivals()).as("octets that reached %s while the cable was out", end.name())
                    .noneMatch(arrival -> inside(arrival.at(), outage));
        }
    }

    @Test
    void duringABurstBitsFlipAtTheBurstsRateAndNeverOutsideOne() throws IOException {
        double burstRate = 0.05;
        TimeWindows bursts = TimeWindows.repeating(new TimeWindows.Repeat(s(0.2), s(0.2), s(0.1), TimeWindows.FOREVER));
        MemoryLine saxonsoc = MemoryLine.endless("saxonsoc", log);
        MemoryLine esp32 = MemoryLine.endless("esp32", log);
        try (Cable cable = new Cable(saxonsoc, esp32, BAUD, LineNoise.NONE,
                new LineImpairments(Duration.ZERO, bursts, burstRate, TimeWindows.NONE), log).start()) {
            await("3000 octets each way during bursts").atMost(PATIENCE).until(() ->
                    duringBursts(esp32.arrivals()).received() >= 3000 && duringBursts(saxonsoc.arrivals()).received() >= 3000);
        }
        List<Duration[]> on = spans(EventKind.NOISE_BURST, EventKind.NOISE_BURST_END);
        assertThat(cable(EventKind.NOISE_BURST)).first().satisfies(first -> {
            assertThat(first.at()).isGreaterThanOrEqualTo(s(0.2));
            assertThat(first.detail()).isEqualTo("bit-error rate 0.05 for 0.1 s");
        });
        // the line is clean otherwise: all-zero octets arrive as zeros outside the bursts
        double damagedIfBurst = 1 - Math.pow(1 - burstRate, 8);
        for (MemoryLine end : List.of(esp32, saxonsoc)) {
            List<MemoryLine.Arrival> arrivals = end.arrivals();
            assertThat(arrivals.stream().filter(a -> !inside(a.at(), on)).mapToLong(MemoryLine.Arrival::damaged).sum())
                    .as("damaged octets outside the bursts at %s", end.name()).isZero();
            Count burst = duringBursts(arrivals, on);
            assertThat((double) burst.damaged() / burst.received()).as("share of octets damaged during bursts")
                    .isBetween(damagedIfBurst * 0.8, damagedIfBurst * 1.2);
        }
    }

    private record Count(long received, long damaged) {
    }

    private Count duringBursts(List<MemoryLine.Arrival> arrivals) {
        return duringBursts(arrivals, spans(EventKind.NOISE_BURST, EventKind.NOISE_BURST_END));
    }

    private static Count duringBursts(List<MemoryLine.Arrival> arrivals, List<Duration[]> on) {
        List<MemoryLine.Arrival> inside = arrivals.stream().filter(a -> inside(a.at(), on)).toList();
        return new Count(inside.stream().mapToLong(a -> a.bytes().length).sum(),
                inside.stream().mapToLong(MemoryLine.Arrival::damaged).sum());
    }

    @Test
    void latencyDelaysEveryOctetBothWaysOnTopOfTheLineTime() throws IOException {
        Duration latency = Duration.ofMillis(300);
        byte[] message = new byte[2304]; // 0.2 s of line time at 115200 baud
        new Random(5).nextBytes(message);
        Duration lineTime = Duration.ofNanos(message.length * 10_000_000_000L / BAUD);
        MemoryLine saxonsoc = MemoryLine.quiet("saxonsoc", log);
        MemoryLine esp32 = MemoryLine.quiet("esp32", log);
        try (Cable cable = new Cable(saxonsoc, esp32, BAUD, LineNoise.NONE,
                new LineImpairments(latency, TimeWindows.NONE, 0, TimeWindows.NONE), log).start()) {
            Duration sentOut = log.now();
            saxonsoc.send(message);
            Duration sentBack = log.now();
            esp32.send(message);
            await("the message both ways").atMost(PATIENCE)
                    .until(() -> esp32.received() == message.length && saxonsoc.received() == message.length);

            // the last octet waits its turn on the line (0.9 of it, for the pacer's slices), then the latency
            Duration lastAfter = latency.plus(lineTime.multipliedBy(9).dividedBy(10));
            assertDelayed(esp32, message, sentOut, latency, lastAfter);
            assertDelayed(saxonsoc, message, sentBack, latency, lastAfter);
        }
        assertThat(cable(EventKind.PLUGGED)).singleElement().extracting(Event::detail).asString().endsWith(", latency 300 ms");
    }

    /** The message arrived whole, its first octet at least {@code first} after it was sent, its last at least {@code last}. */
    private static void assertDelayed(MemoryLine end, byte[] message, Duration sent, Duration first, Duration last) {
        List<MemoryLine.Arrival> arrivals = end.arrivals();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        arrivals.forEach(a -> received.writeBytes(a.bytes()));
        assertThat(received.toByteArray()).as("what reached %s", end.name()).isEqualTo(message);
        assertThat(arrivals.getFirst().at().minus(sent)).isGreaterThanOrEqualTo(first);
        assertThat(arrivals.getLast().at().minus(sent)).isGreaterThanOrEqualTo(last);
    }
}
