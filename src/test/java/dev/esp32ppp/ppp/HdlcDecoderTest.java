package dev.esp32ppp.ppp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class HdlcDecoderTest {
    /** An LCP ConfReq as pppd 2.5.2 sent it on the lab's wire (recorded). */
    static final byte[] RECORDED_CONFREQ = HexFormat.of().parseHex(
            "7eff7d23c0217d217d217d207d347d227d267d207d207d207d207d257d2687e378507d277d227d287d227d2e5d7e");

    private final List<HdlcFrame> frames = new ArrayList<>();
    private final HdlcDecoder decoder = new HdlcDecoder(1600, frames::add);

    @Test
    void decodesARecordedPppdFrameUndoingEveryEscape() {
        decoder.accept(RECORDED_CONFREQ, 0, RECORDED_CONFREQ.length);

        assertThat(frames).singleElement().satisfies(frame -> {
            assertThat(frame.fcsOk()).isTrue();
            assertThat(HexFormat.of().formatHex(frame.content()))
                    .isEqualTo("ff03c0210101001402060000000005068" + "7e3785007020802");
        });
    }

    @Test
    void theSameFrameArrivesWhateverPiecesTheBytesComeIn() {
        for (int split = 1; split < RECORDED_CONFREQ.length; split++) {
            decoder.accept(RECORDED_CONFREQ, 0, split);
            decoder.accept(RECORDED_CONFREQ, split, RECORDED_CONFREQ.length - split);
        }
        assertThat(frames).hasSize(RECORDED_CONFREQ.length - 1)
                .allSatisfy(frame -> assertThat(frame.fcsOk()).isTrue());
        assertThat(frames).extracting(f -> HexFormat.of().formatHex(f.content())).containsOnly(
                HexFormat.of().formatHex(frames.get(0).content()));
    }

    @Test
    void aCorruptedOctetFailsTheFcsAndTheNextFrameIsFine() {
        byte[] corrupt = RECORDED_CONFREQ.clone();
        corrupt[10] ^= 0x01;
        decoder.accept(corrupt, 0, corrupt.length);
        decoder.accept(RECORDED_CONFREQ, 0, RECORDED_CONFREQ.length);

        assertThat(frames).extracting(HdlcFrame::fcsOk).containsExactly(false, true);
        assertThat(decoder.badFcsCount()).isEqualTo(1);
    }

    @Test
    void garbageBeforeTheFirstFlagIsIgnoredAndGarbageBetweenFlagsIsABadFrame() {
        byte[] noise = {0x13, 0x55, (byte) 0xaa, 0x01};
        decoder.accept(noise, 0, noise.length);
        decoder.accept(RECORDED_CONFREQ, 0, RECORDED_CONFREQ.length);
        decoder.accept(noise, 0, noise.length);
        decoder.accept(RECORDED_CONFREQ, 0, RECORDED_CONFREQ.length);

        assertThat(frames).extracting(HdlcFrame::fcsOk).containsExactly(true, false, true);
    }

    @Test
    void anAbortSequenceDropsTheFrameInProgress() {
        byte[] aborted = {0x7e, (byte) 0xff, 0x03, (byte) 0xc0, 0x21, 0x7d, 0x7e};
        decoder.accept(aborted, 0, aborted.length);
        decoder.accept(RECORDED_CONFREQ, 1, RECORDED_CONFREQ.length - 1);

        assertThat(frames).singleElement().extracting(HdlcFrame::fcsOk).isEqualTo(true);
        assertThat(decoder.abortedCount()).isEqualTo(1);
    }

    @Test
    void aFrameLongerThanTheLimitIsDroppedWholeAndDecodingGoesOn() {
        byte[] huge = new byte[5000];
        huge[0] = 0x7e;
        java.util.Arrays.fill(huge, 1, huge.length, (byte) 0x41);
        decoder.accept(huge, 0, huge.length);
        decoder.accept(RECORDED_CONFREQ, 0, RECORDED_CONFREQ.length);

        assertThat(frames).singleElement().extracting(HdlcFrame::fcsOk).isEqualTo(true);
        assertThat(decoder.tooLongCount()).isEqualTo(1);
    }

    @Test
    void backToBackFlagsAreNoFrames() {
        byte[] flags = {0x7e, 0x7e, 0x7e, 0x7e};
        decoder.accept(flags, 0, flags.length);

        assertThat(frames).isEmpty();
        assertThat(decoder.badFcsCount()).isZero();
    }
}
