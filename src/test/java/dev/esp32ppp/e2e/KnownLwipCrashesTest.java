package dev.esp32ppp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.ppp.ControlPacket;
import dev.esp32ppp.ppp.ControlProtocol;
import dev.esp32ppp.ppp.HdlcEncoder;
import dev.esp32ppp.ppp.HdlcFraming;
import dev.esp32ppp.ppp.LcpOptions;
import dev.esp32ppp.ppp.Octets;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The predicate {@link LwipFuzzTest} leaves lwIP's two known crashes out with: each recognised, nothing near it taken for one. */
@Tag("unit")
class KnownLwipCrashesTest {
    private static byte[] hex(String octets) {
        return HexFormat.ofDelimiter(" ").parseHex(octets);
    }

    private static byte[] frame(int protocol, byte[] information) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(new byte[] {(byte) 0xff, 0x03});
        content.writeBytes(Octets.of16(protocol));
        content.writeBytes(information);
        return HdlcEncoder.encode(content.toByteArray(), HdlcFraming.DEFAULT_ACCM);
    }

    private static byte[] mruOption(int mru) {
        ByteArrayOutputStream option = new ByteArrayOutputStream();
        option.writeBytes(new byte[] {LcpOptions.MRU, 4});
        option.writeBytes(Octets.of16(mru));
        return option.toByteArray();
    }

    @Test
    void aFrameOfNothingButItsFcsEscapedOrNot() {
        assertThat(KnownLwipCrashes.FRAME_OF_NOTHING_BUT_ITS_FCS).isEqualTo(hex("7e 7d 20 7d 20 7e"));
        assertThat(KnownLwipCrashes.afterAFlag().crashes(KnownLwipCrashes.FRAME_OF_NOTHING_BUT_ITS_FCS)).isTrue();
        assertThat(KnownLwipCrashes.atConnect().crashes(KnownLwipCrashes.FRAME_OF_NOTHING_BUT_ITS_FCS)).isTrue();
        // raw zeros: lwIP takes them once LCP is open (asyncmap 0)
        assertThat(KnownLwipCrashes.afterAFlag().crashes(hex("7e 00 00 7e"))).isTrue();
    }

    @Test
    void aFrameWithItsProtocolIsHandedOnEvenWithoutInformation() {
        KnownLwipCrashes lwip = KnownLwipCrashes.afterAFlag();
        assertThat(lwip.crashes(HdlcEncoder.encode(new byte[] {0x21}, HdlcFraming.DEFAULT_ACCM))).isFalse();
        assertThat(lwip.crashes(frame(ControlProtocol.LCP.number(), new ControlPacket(ControlPacket.CONF_REQ, 1,
                mruOption(1500)).encode()))).isFalse();
        assertThat(lwip.crashes(frame(ControlProtocol.IPCP.number(), new byte[0]))).isFalse();
    }

    @Test
    void aCrashMayComeInPiecesAndTheNextFrameClosesIt() {
        KnownLwipCrashes lwip = KnownLwipCrashes.afterAFlag();
        assertThat(lwip.crashes(hex("7e 7d 20"))).as("flag and one zero: lwIP drops a frame that short").isFalse();
        assertThat(lwip.crashes(hex("7d 20"))).as("the second zero, closed by whatever frame comes next").isTrue();
        assertThat(lwip.crashes(hex("7d 20 41"))).as("in place of the octets left out, more: information").isFalse();
        assertThat(lwip.crashes(hex("7e"))).isFalse();
    }

    @Test
    void aControlCharacterLwipMayDropCountsEitherWay() {
        // kept, the three zeros are protocol and information with a bad FCS; dropped, two zeros remain
        assertThat(KnownLwipCrashes.afterAFlag().crashes(hex("7e 00 7d 20 7d 20 7e"))).isTrue();
    }

    @Test
    void atConnectLwipWaitsForTheAllStationsAddressOrAFlag() {
        byte[] zeros = hex("7d 20 7d 20 7e");
        assertThat(KnownLwipCrashes.atConnect().crashes(zeros)).isFalse();
        assertThat(KnownLwipCrashes.afterAFlag().crashes(zeros)).isTrue();
    }

    @Test
    void aConfigureRequestWhoseMruNaksOutgrowTheBuffer() {
        assertThat(KnownLwipCrashes.afterAFlag().crashes(KnownLwipCrashes.configureRequestOfMruOptions(155, 0))).isTrue();
        assertThat(KnownLwipCrashes.afterAFlag().crashes(KnownLwipCrashes.configureRequestOfMruOptions(155, 127))).isTrue();
        assertThat(KnownLwipCrashes.afterAFlag().crashes(KnownLwipCrashes.configureRequestOfMruOptions(154, 0)))
                .as("154 Naks of 4 octets fill the 616 exactly").isFalse();
        assertThat(KnownLwipCrashes.afterAFlag().crashes(KnownLwipCrashes.configureRequestOfMruOptions(370, 128)))
                .as("an MRU of 128 is taken").isFalse();
    }

    @Test
    void onlyTheOptionsLwipWalksCount() {
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        for (int i = 0; i < 200; i++) {
            broken.writeBytes(mruOption(0));
            whole.writeBytes(mruOption(0));
            if (i == 100) {
                broken.writeBytes(new byte[] {LcpOptions.MAGIC, 1}); // a length below 2: lcp_reqci rejects the rest
            }
        }
        assertThat(KnownLwipCrashes.afterAFlag().crashes(frame(ControlProtocol.LCP.number(),
                new ControlPacket(ControlPacket.CONF_REQ, 1, broken.toByteArray()).encode()))).isFalse();

        byte[] lcp = new ControlPacket(ControlPacket.CONF_REQ, 1, whole.toByteArray()).encode();
        byte[] declared154 = Octets.of16(4 + 154 * 4);
        lcp[2] = declared154[0];
        lcp[3] = declared154[1];
        assertThat(KnownLwipCrashes.afterAFlag().crashes(frame(ControlProtocol.LCP.number(), lcp)))
                .as("options past the packet's length are not read").isFalse();

        assertThat(KnownLwipCrashes.afterAFlag().crashes(frame(ControlProtocol.IPCP.number(),
                new ControlPacket(ControlPacket.CONF_REQ, 1, whole.toByteArray()).encode()))).as("IPCP").isFalse();
        assertThat(KnownLwipCrashes.afterAFlag().crashes(frame(ControlProtocol.LCP.number(),
                new ControlPacket(ControlPacket.CONF_NAK, 1, whole.toByteArray()).encode()))).as("a Nak").isFalse();
        assertThat(KnownLwipCrashes.afterAFlag().crashes(frame(ControlProtocol.LCP.number(),
                new ControlPacket(ControlPacket.CONF_REQ, 1, whole.toByteArray()).encode()))).isTrue();
    }

    @Test
    void octetsLeftOutDoNotMoveTheReading() {
        KnownLwipCrashes lwip = KnownLwipCrashes.afterAFlag();
        assertThat(lwip.crashes(hex("7e 7d 20"))).isFalse();
        assertThat(lwip.crashes(hex("7d 20 7e"))).isTrue();
        assertThat(lwip.crashes(hex("7d 20 7e"))).as("still one zero read").isTrue();
        assertThat(lwip.crashes(hex("01 02 03 7e"))).isFalse();
        assertThat(lwip.crashes(KnownLwipCrashes.FRAME_OF_NOTHING_BUT_ITS_FCS)).isTrue();
    }
}
