package dev.esp32ppp.ppp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.esp32ppp.esp32.FirmwareProfile;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * 100 000 frames into the PPP model, most of them damaged ({@link DamagedFrames}). A running
 * link, with a live peer behind it on a manual clock, and a lone decoder take them all. Nothing
 * may throw, every input must be dealt with (the call returns and the timers waiting stay few),
 * nothing may swell (the decoder holds no more than one frame's limit, the link's answers fit
 * the peer's MRU).
 */
@Tag("unit")
class MalformedFramesPropertiesTest {
    /** 1000 tries of 100 frames: 100 000 frames in all. */
    private static final int TRIES = 1000;
    private static final int FRAMES_PER_TRY = 100;
    private static final int MRU = DamagedFrames.MRU;
    /** The link's own limit: MRU plus address, control, protocol and FCS. */
    private static final int MAX_FRAME = MRU + 6;
    /** A pair of links has three automata each, one timer each, and a few frames in flight. */
    private static final int MAX_PENDING = 16;
    /** The clock moves on this much after each frame: the peer answers, timers run. */
    private static final long GAP_MILLIS = 40;

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE) // the generators make the edges themselves
    void malformedFramesNeitherBreakNorSwellTheModel(@ForAll("streams") List<byte[]> stream, @ForAll boolean pap) {
        // generous: a try takes milliseconds; only a hang gets near it
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> feed(stream, pap), "a try did not finish");
    }

    /** @param pap whether the link under test has PAP credentials (so it takes the peer's Authentication option) */
    private static void feed(List<byte[]> stream, boolean pap) {
        HdlcDecoder decoder = new HdlcDecoder(MAX_FRAME,
                frame -> assertThat(frame.content().length).isLessThanOrEqualTo(MAX_FRAME - 2));
        Links links = new Links(pap);
        for (byte[] wire : stream) {
            decoder.accept(wire, 0, wire.length);
            assertThat(decoder.bufferedOctets()).isBetween(0, MAX_FRAME);
            if (wire.length > 0 && (wire[wire.length - 1] & 0xff) == HdlcDecoder.FLAG) {
                assertThat(decoder.bufferedOctets()).as("a flag ends whatever was buffered").isZero();
            }
            if (links.link.phase() == LinkPhase.DEAD) {
                links = new Links(pap); // a link that ended is dead for good: carry on with a fresh pair
            }
            links.take(wire);
        }
    }

    /** The link under test, running, and its peer: each hears the other a millisecond later. */
    private static final class Links {
        final ManualScheduler clock = new ManualScheduler();
        final HdlcDecoder answers = new HdlcDecoder(8 * MAX_FRAME, Links::answer);
        final PppLink link;
        final PppLink peer;

        Links(boolean pap) {
            Random random = new Random(7);
            LinkSettings settings = FirmwareProfile.IDF3_OFFICIAL.linkSettings();
            LinkSettings linkSettings = pap ? settings.withPap("esp32", "secret") : settings;
            link = new PppLink(linkSettings, clock, random::nextInt, this::toPeer, new LinkListener() { });
            peer = new PppLink(settings, clock, random::nextInt,
                    bytes -> clock.schedule(1, () -> link.input(bytes, 0, bytes.length)), new LinkListener() { });
            link.connect();
            peer.connect();
            clock.advance(100);
            assertThat(link.phase()).isEqualTo(LinkPhase.RUNNING);
        }

        private void toPeer(byte[] bytes) {
            answers.accept(bytes, 0, bytes.length);
            clock.schedule(1, () -> peer.input(bytes, 0, bytes.length));
        }

        void take(byte[] wire) {
            link.input(wire, 0, wire.length);
            assertThat(clock.pendingTasks()).isLessThanOrEqualTo(MAX_PENDING);
            clock.advance(GAP_MILLIS);
            assertThat(clock.pendingTasks()).isLessThanOrEqualTo(MAX_PENDING);
        }

        static void answer(HdlcFrame frame) {
            assertThat(frame.fcsOk()).isTrue();
            PppPacket packet = PppPacket.parse(frame.content());
            assertThat(packet).isNotNull();
            assertThat(packet.information().length).as(() -> "an answer must fit the peer's MRU: "
                    + PppdNotation.format(packet).replaceAll("(.{80}).+", "$1...")).isLessThanOrEqualTo(MRU);
        }
    }

    @Provide
    Arbitrary<List<byte[]>> streams() {
        return DamagedFrames.onTheWire().list().ofSize(FRAMES_PER_TRY);
    }
}
