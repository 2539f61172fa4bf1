package dev.esp32ppp.serial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.ppp.HdlcDecoder;
import dev.esp32ppp.ppp.HdlcEncoder;
import dev.esp32ppp.ppp.HdlcFrame;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** A UART reading a line at its own rate: the sender's octets at the same rate, garbage at another. */
@Tag("unit")
class UartSamplingTest {
    private static final byte[] LCP_CONF_REQ = {(byte) 0xc0, 0x21, 0x01, 0x01, 0x00, 0x0e, 0x02, 0x06, 0x00, 0x00,
        0x00, 0x00, 0x05, 0x06, 0x12, 0x34, 0x56, 0x78};

    @Property
    void atTheSameRateItReadsWhatWasSent(@ForAll @Size(max = 300) byte[] sent,
                                         @ForAll @IntRange(min = 300, max = 921600) int baud) {
        assertThat(UartSampling.receive(sent, 0, sent.length, baud, baud)).isEqualTo(sent);
    }

    @Property
    void atTwiceOrHalfTheRateNoFrameOfPppSurvives(@ForAll boolean receiverSlower) {
        byte[] wire = HdlcEncoder.encode(LCP_CONF_REQ, 0xffffffff);
        int sent = receiverSlower ? 230400 : 115200;
        int read = receiverSlower ? 115200 : 230400;
        byte[] garbled = UartSampling.receive(wire, 0, wire.length, sent, read);

        List<HdlcFrame> frames = new ArrayList<>();
        new HdlcDecoder(1602, frames::add).accept(garbled, 0, garbled.length);
        assertThat(frames).noneMatch(frame -> frame.fcsOk());
        assertThat(garbled.length).as("a slower receiver reads fewer octets, a faster one more")
                .matches(n -> receiverSlower ? n < wire.length : n > wire.length);
    }

    @Property
    void aNearbyRateWithinTheUartsToleranceStillReadsWhatWasSent(@ForAll @Size(max = 200) byte[] sent) {
        // 2 % apart: the middle of the tenth bit is still inside it, as real UARTs allow
        assertThat(UartSampling.receive(sent, 0, sent.length, 115200, 117504)).isEqualTo(sent);
    }
}
