package dev.esp32ppp.ppp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class LcpTest {
    private final List<byte[]> sent = new ArrayList<>();
    private final LcpEvents events = new LcpEvents();
    private final Lcp lcp = new Lcp((protocol, information) -> sent.add(information),
            new HdlcFraming(Lcp.DEFAULT_MRU, new FrameRecorder()), () -> 0x11223344, false, events);

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void asksForAccmZeroMagicPfcAcfcAndNoMru() {
        assertThat(HexFormat.of().formatHex(lcp.requestOptions())).isEqualTo("020600000000" + "050611223344" + "0702" + "0802");
    }

    @Test
    void acceptsWhatPppdAsksAndLearnsHowToSend() {
        ConfigureVerdict verdict = lcp.examine(hex("020600000000 0506c8d6870a 0702 0802"), false);
        assertThat(verdict.isAck()).isTrue();
        assertThat(lcp.transmitAccm()).isZero();
        assertThat(lcp.sendCompressedProtocol()).isTrue();
        assertThat(lcp.sendCompressedAddressControl()).isTrue();
    }

    @Test
    void itsOwnMagicComingBackIsALoopAndGetsANak() {
        ConfigureVerdict verdict = lcp.examine(hex("050611223344"), false);
        assertThat(verdict.code()).isEqualTo(ControlPacket.CONF_NAK);
        assertThat(lcp.loopbacksDetected()).isEqualTo(1);
    }

    @Test
    void authenticationItCannotDoAndUnknownOptionsAreRejected() {
        ConfigureVerdict verdict = lcp.examine(hex("0304c023 0d0306 0702"), false);
        assertThat(verdict.code()).isEqualTo(ControlPacket.CONF_REJ);
        assertThat(HexFormat.of().formatHex(verdict.options())).isEqualTo("0304c0230d0306");
    }

    @Test
    void answersEchoRequestsWhenOpenWithItsMagic() {
        assertThat(lcp.extraCode(new ControlPacket(ControlPacket.ECHO_REQ, 7, hex("c8d6870a 0102")), FsmState.OPENED))
                .isTrue();
        assertThat(HexFormat.of().formatHex(sent.get(0))).isEqualTo("0a07000a" + "11223344" + "0102");
        lcp.extraCode(new ControlPacket(ControlPacket.ECHO_REQ, 8, hex("c8d6870a")), FsmState.REQ_SENT);
        assertThat(sent).hasSize(1);
    }

    @Test
    void aProtocolRejectNamesTheProtocol() {
        lcp.extraCode(new ControlPacket(ControlPacket.PROT_REJ, 2, hex("8057 0101000e")), FsmState.OPENED);
        assertThat(events.rejectedProtocols).containsExactly(ControlProtocol.IPV6CP.number());
    }
}
