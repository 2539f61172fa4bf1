package dev.esp32ppp.ppp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class Fcs16Test {
    @Test
    void theStandardCheckValueOf123456789() {
        byte[] data = "123456789".getBytes(StandardCharsets.US_ASCII);
        int fcs = Fcs16.update(Fcs16.INITIAL, data, 0, data.length) ^ 0xffff;
        assertThat(fcs).isEqualTo(0x906e);
    }

    @Test
    void aFrameWithItsOwnTrailerChecksToTheGoodValue() {
        byte[] data = {(byte) 0xff, 0x03, (byte) 0xc0, 0x21, 0x05, 0x02, 0x00, 0x04};
        byte[] trailer = Fcs16.trailer(data);
        int fcs = Fcs16.update(Fcs16.update(Fcs16.INITIAL, data, 0, data.length), trailer, 0, 2);
        assertThat(fcs).isEqualTo(Fcs16.GOOD);
    }
}
