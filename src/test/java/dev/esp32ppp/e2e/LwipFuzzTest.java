package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.esp32ppp.esp32.FirmwareProfile;
import dev.esp32ppp.lab.ControlExchange;
import dev.esp32ppp.lab.LoneLwip;
import dev.esp32ppp.ppp.DamagedFrames;
import dev.esp32ppp.ppp.HdlcDecoder;
import dev.esp32ppp.ppp.LinkPhase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Real lwIP (esp32-lwip, alone in a container of the esp32 image, no network) under what the
 * model's fuzz test throws at the model: random octets before connect() (far more than the
 * UART's 256-octet buffer) and after, and 100 000 damaged frames ({@link DamagedFrames}, seeded:
 * a failure repeats) as fast as the line takes them, in batches. The far end is a well-behaved
 * PPP peer ({@link ModelPeer}). After each input the program must have read it all in time,
 * still run (the same process) and answer its control socket in time; a link the input left
 * down is closed and connected again, which must negotiate. After the fuzz, that fresh
 * negotiation must work and the program's resident memory must not have grown beyond a bound.
 *
 * <p>lwIP 2.1.3 has two known bugs that kill it ({@link KnownLwipCrashes}, README's lwIP quirks):
 * the fuzz leaves the inputs that hit them out, and two tests show, each on one such input, that
 * lwIP still dies of them, as the board does (it panics and reboots).
 */
@Tag("e2e")
class LwipFuzzTest {
    /** One restart second: a link the fuzz left stuck closes quickly. */
    private static final FirmwareProfile PROFILE = FirmwareProfile.IDF3_OFFICIAL;
    private static final long SEED = 12_2026L;
    private static final int BATCHES = 50;
    private static final int FRAMES_PER_BATCH = 2000;
    /** Random octets before connect() and after: far more than the UART's 256-octet buffer. */
    private static final int GARBAGE_BEFORE = 16 * 1024;
    private static final int GARBAGE_AFTER = 1024 * 1024;
    private static final Duration START = Duration.ofSeconds(60);
    /** How long a control command may take: the select loop answers at once unless it hangs. */
    private static final Duration ANSWER = Duration.ofSeconds(5);
    /** active(False) waits for the link to close, 4 s at the most (network_ppp.c's timeout). */
    private static final Duration CLOSE_ANSWER = Duration.ofSeconds(10);
    private static final Duration NEGOTIATION = Duration.ofSeconds(30);
    /** How soon the shell that started the program writes its exit status. */
    private static final Duration EXIT_REPORT = Duration.ofSeconds(2);
    /** A batch takes well under a second to cross the line and be read; this long, and the reader is gone. */
    private static final Duration LINE_STALL = Duration.ofSeconds(30);
    /**
     * lwIP takes its memory from the C library here and holds a few frames at a time: 1 MiB more
     * after 100 000 frames is a leak of 10 octets a frame.
     */
    private static final long RSS_GROWTH_BOUND_KIB = 1024;
    /** lwIP Naks an MRU below 128 with 4 octets; this many of them outgrow its Nak buffer far (616 octets). */
    private static final int SMALL_MRU_OPTIONS = 370;
    /** How soon a program that read its bane has died: at once, give or take the scheduler. */
    private static final Duration DEATH = Duration.ofSeconds(10);
    /** wait's status of a program killed by SIGSEGV (128 + 11) and by SIGABRT (128 + 6). */
    private static final int SEGMENTATION_FAULT = 139;
    private static final int ABORTED = 134;
    /** Garbage is drawn in pieces of the UART buffer's size: the first piece is what lwIP reads at connect(). */
    private static final int GARBAGE_PIECE = 256;
    /** Ends a batch: the next one, whoever sends it, starts after a flag, as {@link KnownLwipCrashes#afterAFlag()} reads it. */
    private static final byte[] FLAG = {(byte) HdlcDecoder.FLAG};

    private LoneLwip lwip;
    private ModelPeer peer;
    private int negotiations;
    /** Inputs of the fuzz left out because lwIP 2.1.3 is known to die of them: garbage pieces, frames. */
    private int piecesLeftOut;
    private int framesLeftOut;

    @BeforeEach
    void powerOn() throws IOException {
        lwip = LoneLwip.start(PROFILE, START);
        peer = new ModelPeer(lwip.uart());
    }

    @AfterEach
    void powerOff() throws IOException {
        if (peer != null) {
            peer.close();
        }
        if (lwip != null) {
            lwip.close();
        }
    }

    /** Known lwIP bug: a frame of nothing but its FCS; pppos_input dereferences a buffer it never allocated. */
    @Test
    void knownLwipBugAFrameOfNothingButItsFcsKillsLwip() {
        dies(KnownLwipCrashes.FRAME_OF_NOTHING_BUT_ITS_FCS, "a frame of nothing but its FCS (7e 7d 20 7d 20 7e)",
                SEGMENTATION_FAULT);
    }

    /** Known lwIP bug: a Configure-Request of many MRU options below 128; lcp_reqci writes its Nak past its buffer. */
    @Test
    void knownLwipBugAConfigureRequestWhoseNakOutgrowsItsBufferKillsLwip() {
        dies(KnownLwipCrashes.configureRequestOfMruOptions(SMALL_MRU_OPTIONS, 0),
                "an LCP Configure-Request of " + SMALL_MRU_OPTIONS + " <mru 0> options", ABORTED);
    }

    @Test
    void lwipSurvivesGarbageAndDamagedFramesAndNegotiatesAfterwards() {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        KnownLwipCrashes atConnect = KnownLwipCrashes.atConnect();
        send(garbage(random, GARBAGE_BEFORE, atConnect), "garbage before active()");
        assertThat(ask("active 1", ANSWER)).isEqualTo("ok");
        send(garbage(random, GARBAGE_BEFORE, atConnect), "garbage before connect()");
        negotiate("after garbage before connect()");
        long rssBefore = lwip.residentKib();

        send(concat(List.of(garbage(random, GARBAGE_AFTER, KnownLwipCrashes.afterAFlag()), FLAG)),
                "garbage after connect()");
        staysUp("garbage after connect()");
        long fuzzStarted = System.nanoTime();
        for (int batch = 0; batch < BATCHES; batch++) {
            String frames = "batch " + batch + " (DamagedFrames.generate(" + (SEED + batch) + ", " + FRAMES_PER_BATCH + "))";
            send(concat(withoutKnownCrashes(DamagedFrames.generate(SEED + batch, FRAMES_PER_BATCH))), frames);
            staysUp(frames);
        }
        double fuzzSeconds = (System.nanoTime() - fuzzStarted) / 1e9;

        closeAndConnect("after the fuzz");
        assertThat(ask("ifconfig", ANSWER)).startsWith("ok 10.0.5.1 10.0.5.2 ");
        long rssAfter = lwip.residentKib();
        assertThat(lwip.commandLine()).as("the process of PID %d", lwip.pid()).startsWith("esp32-lwip ");
        int frames = BATCHES * FRAMES_PER_BATCH - framesLeftOut;
        System.out.printf(Locale.ROOT, "lwip fuzz: %d frames in %.1f s (%.0f frames/s, %d octets in all, %d from lwIP), "
                        + "left out as known lwIP crashes: %d frames, %d garbage pieces of %d octets; "
                        + "%d negotiations, RSS %d KiB before, %d KiB after; the test took %.1f s%n",
                frames, fuzzSeconds, frames / fuzzSeconds, peer.sent(), peer.received(), framesLeftOut, piecesLeftOut,
                GARBAGE_PIECE, negotiations, rssBefore, rssAfter, (System.nanoTime() - started) / 1e9);
        assertThat(rssAfter).as("esp32-lwip's resident KiB after the fuzz, against %d before", rssBefore)
                .isLessThanOrEqualTo(rssBefore + RSS_GROWTH_BOUND_KIB);
    }

    /**
     * One input of a known lwIP bug on a running link: the predicate that keeps it out of the fuzz
     * must know it, and lwIP must die of it with the signal of that bug.
     */
    private void dies(byte[] input, String what, int status) {
        assertThat(KnownLwipCrashes.afterAFlag().crashes(input)).as("KnownLwipCrashes knows %s", what).isTrue();
        assertThat(ask("active 1", ANSWER)).isEqualTo("ok");
        negotiate("at first");
        put(input, what);
        String fixed = "lwIP 2.1.3 is known to die of " + what + " (exit status " + status + "); if lwIP no longer "
                + "crashes, update README's lwIP quirk entry (its crashes), KnownLwipCrashes and this test. esp32-lwip ";
        try {
            await().atMost(DEATH).pollInterval(Duration.ofMillis(20)).until(() -> lwip.exitStatus().isPresent());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(fixed + status(), e);
        }
        assertThat(lwip.exitStatus()).as(fixed + status()).hasValue(status);
    }

    /** The frames of a batch but those lwIP is known to die of, read from a flag on as lwIP reads them; a flag after them. */
    private List<byte[]> withoutKnownCrashes(List<byte[]> frames) {
        KnownLwipCrashes lwip = KnownLwipCrashes.afterAFlag();
        List<byte[]> kept = new ArrayList<>(frames.stream().filter(frame -> !lwip.crashes(frame)).toList());
        framesLeftOut += frames.size() - kept.size();
        kept.add(FLAG);
        return kept;
    }

    /**
     * Octets onto the line, and the wait until esp32-lwip has read them all: what comes next
     * (a check, a fresh negotiation) meets no stale input.
     */
    private void send(byte[] octets, String what) {
        put(octets, what);
        long sent = peer.sent();
        after(what, () -> {
            try {
                await().atMost(LINE_STALL).pollInterval(Duration.ofMillis(10)).until(() -> uartReceived() >= sent);
            } catch (ConditionTimeoutException e) {
                throw new AssertionError("esp32-lwip read " + uartReceived() + " of the " + sent + " octets on its line within "
                        + LINE_STALL.toSeconds() + " s: esp32-lwip " + status(), e);
            }
        });
    }

    /** Octets onto the line; a program that died or hangs takes nothing once the buffers on the way are full. */
    private void put(byte[] octets, String what) {
        assertTimeoutPreemptively(LINE_STALL, () -> peer.send(octets),
                () -> "the line took no " + what + " in " + LINE_STALL.toSeconds() + " s: esp32-lwip " + status());
    }

    /** How many octets esp32-lwip read from its UART: all that was written, once nothing is on the way. */
    private long uartReceived() {
        return Long.parseLong(ask("uart2-received", ANSWER).substring("ok ".length()));
    }

    /** The program still runs and answers; a link the input brought down is closed and connected again. */
    private void staysUp(String input) {
        after(input, () -> {
            assertThat(lwip.exitStatus()).as("esp32-lwip ended: %s", status()).isEmpty();
            if (!running(ask("state", ANSWER)) || peer.phase() != LinkPhase.RUNNING) {
                closeAndConnect("again");
            }
        });
    }

    /** Runs a check; its failure names the input it followed. */
    private static void after(String input, Runnable check) {
        try {
            check.run();
        } catch (AssertionError e) {
            throw new AssertionError("after " + input + ": " + e.getMessage(), e);
        }
    }

    /**
     * active(False), active(True) and connect() with a fresh peer, started after the close: one
     * started sooner would negotiate with the closing link and be terminated with it.
     */
    private void closeAndConnect(String when) {
        assertThat(ask("active 0", CLOSE_ANSWER)).isEqualTo("ok");
        assertThat(ask("active 1", ANSWER)).isEqualTo("ok");
        negotiate(when);
    }

    /** A fresh peer and connect(): both ends must reach RUNNING, with the addresses the peer gives. */
    private void negotiate(String when) {
        peer.connect();
        assertThat(ask("connect", ANSWER)).isEqualTo("ok");
        negotiations++;
        try {
            await().atMost(NEGOTIATION).pollInterval(Duration.ofMillis(20))
                    .until(() -> peer.phase() == LinkPhase.RUNNING && running(ask("state", ANSWER)));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no negotiation within " + NEGOTIATION.toSeconds() + " s " + when + ": lwIP '"
                    + ask("state", ANSWER) + "', its peer " + peer.phase() + "; esp32-lwip " + status(), e);
        }
    }

    /** A {@code state} answer of a link that carries IP: network.PPP's isconnected() is True. */
    private static boolean running(String state) {
        return state.contains("phase=RUNNING") && state.contains("connected=true");
    }

    /** One command; the answer must come within {@code timeout}. */
    private String ask(String command, Duration timeout) {
        try {
            return ControlExchange.ask(lwip.controlSocket(), command, timeout);
        } catch (IOException e) {
            awaitExitStatus();
            throw new AssertionError("no answer to '" + command + "' (" + e.getMessage() + "): esp32-lwip " + status(), e);
        }
    }

    /** A control socket that closed is most often a program that just died: its exit status follows in moments. */
    private void awaitExitStatus() {
        try {
            await().atMost(EXIT_REPORT).pollInterval(Duration.ofMillis(20)).until(() -> lwip.exitStatus().isPresent());
        } catch (ConditionTimeoutException stillRunning) {
            // it runs: status() says so
        }
    }

    /** Whether the program runs, and how its output ends. */
    private String status() {
        return lwip.exitStatus().stream().mapToObj(s -> "ended with status " + s).findFirst().orElse("runs")
                + "; its output ends:\n" + tail(lwip.log());
    }

    /** Random octets, drawn a piece at a time: a piece lwIP is known to die of, read as {@code lwip} reads, is drawn again. */
    private byte[] garbage(Random random, int size, KnownLwipCrashes lwip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        byte[] piece = new byte[GARBAGE_PIECE];
        while (out.size() < size) {
            random.nextBytes(piece);
            if (lwip.crashes(piece)) {
                piecesLeftOut++;
            } else {
                out.writeBytes(piece);
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(List<byte[]> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        frames.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
