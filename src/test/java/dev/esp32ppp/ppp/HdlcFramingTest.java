package dev.esp32ppp.ppp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The framing layer: what LCP sets when it opens and puts back when it goes down, on both sides of the line. */
@Tag("unit")
class HdlcFramingTest {
    private static final byte[] PING = hex("4500001c00014000400100000a0005010a0005020800f7ff00000000");
    /** An IPCP Configure-Request: its length field 00 0a holds a control character. */
    private static final byte[] IPCP_REQUEST = hex("0101000a 03060a000501");

    private final FrameRecorder received = new FrameRecorder();
    private final HdlcFraming framing = new HdlcFraming(Lcp.DEFAULT_MRU, received);
    private final Lcp lcp = new Lcp((protocol, information) -> { }, framing, () -> 0x11223344, false, new LcpEvents());

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    /** LCP acks what pppd asks (ACCM 0, PFC, ACFC) and opens, its own request (ACCM 0 among it) acked. */
    private void openLcp() {
        assertThat(lcp.examine(hex("020600000000 0506c8d6870a 0702 0802"), false).isAck()).isTrue();
        lcp.up();
    }

    @Test
    void beforeLcpOpensFramesHaveTheFullHeaderAndEveryControlCharacterEscaped() {
        String frame = hex(framing.frame(ControlProtocol.IPCP.number(), IPCP_REQUEST));

        assertThat(frame).startsWith("7e" + "ff7d23" + "8021" + "7d217d21" + "7d20" + "7d2a");
    }

    @Test
    void lcpOpeningAppliesWhatThePeerAskedForAndGoingDownPutsTheDefaultsBack() {
        String before = hex(framing.frame(PppPacket.IP, PING));
        openLcp();

        assertThat(hex(framing.frame(PppPacket.IP, PING))).as("PFC and ACFC: the frame opens with the one-octet protocol")
                .startsWith("7e" + "21" + "4500001c");
        assertThat(hex(framing.frame(ControlProtocol.IPCP.number(), IPCP_REQUEST)))
                .as("ACCM 0: control characters go bare; a control packet keeps address, control and its two-octet protocol")
                .startsWith("7e" + "ff03" + "8021" + "0101000a");

        lcp.down();
        assertThat(hex(framing.frame(PppPacket.IP, PING))).isEqualTo(before);
    }

    /**
     * lwIP writes every control packet with address, control and a two-octet protocol (its
     * MAKEHEADER), and escapes every frame by the map LCP agreed, LCP's own while LCP is open too.
     */
    @Test
    void controlPacketsKeepTheFullHeaderAndAreEscapedAsAgreed() {
        byte[] echo = new ControlPacket(ControlPacket.ECHO_REP, 1, hex("11223344")).encode();
        openLcp();

        for (ControlProtocol protocol : ControlProtocol.values()) {
            assertThat(hex(framing.frame(protocol.number(), echo))).as(protocol.name())
                    .startsWith("7e" + "ff03" + String.format("%04x", protocol.number()) + "0a01" + "0008");
        }
    }

    @Test
    void bareControlCharactersAreDroppedUntilThePeerAgreedNotToEscapeThem() {
        byte[] wire = HdlcEncoder.encode(concat(hex("ff030021"), PING), HdlcFraming.DEFAULT_ACCM);
        byte[] noisy = new byte[wire.length + 1];
        System.arraycopy(wire, 0, noisy, 0, 2);
        noisy[2] = 0x11; // an XON the line put in, bare, after the flag and the address
        System.arraycopy(wire, 2, noisy, 3, wire.length - 2);

        framing.accept(noisy, 0, noisy.length);
        openLcp();
        framing.accept(noisy, 0, noisy.length);
        lcp.down();
        framing.accept(noisy, 0, noisy.length);

        assertThat(received.packets).as("before LCP opens and after it went down, the XON is dropped").hasSize(2)
                .allSatisfy(packet -> assertThat(packet.information()).isEqualTo(PING));
        assertThat(received.unusable).as("while LCP is open with ACCM 0 the XON is data, and breaks the FCS")
                .singleElement().satisfies(frame -> assertThat(frame.fcsOk()).isFalse());
    }

    @Test
    void framesWithoutAPacketToTakeAreHandedOnAsUnusable() {
        byte[] tooLong = new byte[Lcp.DEFAULT_MRU + 1];
        for (byte[] content : List.of(concat(hex("0021"), tooLong), hex("ff03"))) {
            byte[] wire = HdlcEncoder.encode(content, HdlcFraming.DEFAULT_ACCM);
            framing.accept(wire, 0, wire.length);
        }
        byte[] damaged = HdlcEncoder.encode(concat(hex("ff030021"), PING), HdlcFraming.DEFAULT_ACCM);
        damaged[7] ^= 0x01; // 7e ff 7d23 7d20 21, then the first octet of the datagram
        framing.accept(damaged, 0, damaged.length);

        assertThat(received.packets).isEmpty();
        assertThat(received.unusable).extracting(HdlcFrame::fcsOk).containsExactly(true, true, false);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
