package dev.esp32ppp.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A node's rate announcements leave the stream, in order, wherever the reads cut it. */
@Tag("unit")
class InBandBaudTest {
    private static final byte[] FRAME = {0x7e, (byte) 0xff, 0x7d, 0x23, (byte) 0xc0, 0x21, 0x7e};

    private final InBandBaud announcements = new InBandBaud();
    private final List<Integer> rates = new ArrayList<>();
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    @Test
    void theAnnouncementIsRfc2217sSetBaudrate() {
        assertThat(InBandBaud.of(230400)).containsExactly(0xff, 0xfa, 44, 1, 0x00, 0x03, 0x84, 0x00, 0xff, 0xf0);
    }

    @Test
    void anAnnouncementBeforeAFrameSetsTheRateAndLeavesTheFrame() {
        read(concat(InBandBaud.of(230400), FRAME));
        assertThat(rates).containsExactly(230400);
        assertThat(data.toByteArray()).isEqualTo(FRAME);
    }

    @Test
    void anAnnouncementCutAnywhereIsStillTaken() {
        byte[] stream = concat(FRAME, InBandBaud.of(115200), FRAME, InBandBaud.of(230400));
        for (int cut = 1; cut < stream.length; cut++) {
            InBandBaud fresh = new InBandBaud();
            List<Integer> seen = new ArrayList<>();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            readInto(fresh, Arrays.copyOfRange(stream, 0, cut), seen, out);
            readInto(fresh, Arrays.copyOfRange(stream, cut, stream.length), seen, out);
            assertThat(seen).as("cut at %d", cut).containsExactly(115200, 230400);
            assertThat(out.toByteArray()).as("cut at %d", cut).isEqualTo(concat(FRAME, FRAME));
        }
    }

    @Test
    void octetsThatOnlyStartLikeAnAnnouncementAreData() {
        byte[] lookalike = {(byte) 0xff, (byte) 0xfa, 44, 2, 0, 0, 0, 0, (byte) 0xff, (byte) 0xf0};
        read(lookalike);
        assertThat(rates).isEmpty();
        assertThat(data.toByteArray()).isEqualTo(lookalike);
    }

    @Test
    void aStartHeldAtTheEndOfTheStreamIsDeliveredAsData() {
        byte[] tail = {0x41, (byte) 0xff, (byte) 0xfa};
        read(tail);
        assertThat(data.toByteArray()).containsExactly(0x41);
        byte[] buffer = new byte[16];
        int n = announcements.drain(buffer);
        assertThat(Arrays.copyOf(buffer, n)).containsExactly(0xff, 0xfa);
        assertThat(announcements.heldLength()).isZero();
    }

    private void read(byte[] chunk) {
        readInto(announcements, chunk, rates, data);
    }

    /** As UnixSocketLine reads: past room for the held octets. */
    private static void readInto(InBandBaud filter, byte[] chunk, List<Integer> rates, ByteArrayOutputStream out) {
        byte[] buffer = new byte[64];
        System.arraycopy(chunk, 0, buffer, filter.heldLength(), chunk.length);
        int n = filter.take(buffer, chunk.length, rates::add);
        out.write(buffer, 0, n);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
