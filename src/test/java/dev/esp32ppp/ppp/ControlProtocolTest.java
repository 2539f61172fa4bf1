package dev.esp32ppp.ppp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.esp32.FirmwareProfile;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The table of control protocols: each entry is how the printer reads its packets and how a link routes them. */
@Tag("unit")
class ControlProtocolTest {
    /** A code no control protocol defines: an automaton answers it with a Code-Reject. */
    private static final int UNKNOWN_CODE = 0x20;

    private final ManualScheduler clock = new ManualScheduler();
    /** What the ESP32 end sent, as a bystander on the line reads it. */
    private final FrameRecorder espFrames = new FrameRecorder();
    private final HdlcFraming espWire = new HdlcFraming(Lcp.DEFAULT_MRU, espFrames);
    /** How the peer frames once LCP is open: ACCM 0, PFC, ACFC. */
    private final HdlcFraming peerWire = new HdlcFraming(Lcp.DEFAULT_MRU, new FrameRecorder());
    private final PppLinkTest.Recorder esp32 = new PppLinkTest.Recorder();
    private PppLink espLink;
    private PppLink linuxLink;

    ControlProtocolTest() {
        espWire.receiveConfig(0); // every octet counts
        peerWire.sendConfig(new HdlcFraming.SendConfig(0, true, true));
    }

    /** What the ESP32 end sent since the link ran, in pppd's notation. */
    private List<String> sentByEsp() {
        assertThat(espFrames.unusable).isEmpty();
        return espFrames.packets.stream().map(PppdNotation::format).toList();
    }

    @Test
    void eachNumberHasOneEntry() {
        assertThat(Arrays.stream(ControlProtocol.values()).map(ControlProtocol::number)).doesNotHaveDuplicates();
        for (ControlProtocol protocol : ControlProtocol.values()) {
            assertThat(ControlProtocol.of(protocol.number())).contains(protocol);
        }
        assertThat(ControlProtocol.of(PppPacket.IP)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ControlProtocol.class)
    void everyEntryPrintsItsPacketsUnderItsName(ControlProtocol protocol) {
        byte[] information = new ControlPacket(1, 7, new byte[0]).encode();

        String line = PppdNotation.format(new PppPacket(protocol.number(), information));

        assertThat(line).isEqualTo(protocol.format(information))
                .isEqualTo("[" + protocol.name() + (protocol == ControlProtocol.PAP ? " AuthReq" : " ConfReq") + " id=0x7]");
    }

    /** Both ends open; the ESP32 end has PAP credentials when asked (pppd never asks it to authenticate here). */
    private void running(boolean pap) {
        LinkSettings settings = FirmwareProfile.IDF3_OFFICIAL.linkSettings();
        LinkSettings espSettings = pap ? settings.withPap("esp32", "secret") : settings;
        Random random = new Random(5);
        espLink = new PppLink(espSettings, clock, random::nextInt, bytes -> {
            espWire.accept(bytes, 0, bytes.length);
            clock.schedule(1, () -> linuxLink.input(bytes, 0, bytes.length));
        }, esp32);
        linuxLink = new PppLink(settings, clock, random::nextInt,
                bytes -> clock.schedule(1, () -> espLink.input(bytes, 0, bytes.length)), new LinkListener() { });
        linuxLink.connect();
        espLink.connect();
        clock.advance(100);
        assertThat(espLink.phase()).isEqualTo(LinkPhase.RUNNING);
        espFrames.packets.clear();
    }

    private void fromPeer(int protocol, byte[] information) {
        byte[] wire = peerWire.frame(protocol, information);
        espLink.input(wire, 0, wire.length);
        clock.advance(10);
    }

    @ParameterizedTest
    @EnumSource(value = ControlProtocol.class, names = {"LCP", "IPCP", "IPV6CP"})
    void aPacketOfAProtocolTheLinkRunsReachesThatProtocolsAutomaton(ControlProtocol protocol) {
        running(false);

        fromPeer(protocol.number(), new ControlPacket(UNKNOWN_CODE, 9, new byte[0]).encode());

        assertThat(sentByEsp()).singleElement().asString().startsWith("[" + protocol.name() + " CodeRej ")
                .endsWith(" 20 09 00 04]");
    }

    @Test
    void papPacketsReachThePapClientWhenTheLinkHasCredentialsAndAreRejectedWhenNot() {
        byte[] authAck = new ControlPacket(PapClient.AUTH_ACK, 1, new byte[] {0}).encode();
        running(true);
        fromPeer(ControlProtocol.PAP.number(), authAck);
        assertThat(sentByEsp()).as("the client takes it (and, not authenticating, ignores it)").isEmpty();

        running(false);
        fromPeer(ControlProtocol.PAP.number(), authAck);
        assertThat(sentByEsp()).singleElement().asString().startsWith("[LCP ProtRej id=0x2 c0 23 ");
    }

    @Test
    void aProtocolThatIsOnlyPrintedIsRejected() {
        running(false);

        fromPeer(ControlProtocol.CCP.number(), new ControlPacket(ControlPacket.CONF_REQ, 1, new byte[0]).encode());

        assertThat(sentByEsp()).containsExactly("[LCP ProtRej id=0x2 80 fd 01 01 00 04]");
    }

    @Test
    void aProtocolRejectReachesTheRejectedProtocolButNeverLcp() {
        running(false);

        fromPeer(ControlProtocol.LCP.number(),
                new ControlPacket(ControlPacket.PROT_REJ, 3, Octets.of16(ControlProtocol.LCP.number())).encode());
        assertThat(espLink.lcpState()).isEqualTo(FsmState.OPENED);
        assertThat(espLink.ipcpState()).isEqualTo(FsmState.OPENED);

        fromPeer(ControlProtocol.LCP.number(),
                new ControlPacket(ControlPacket.PROT_REJ, 4, Octets.of16(ControlProtocol.IPCP.number())).encode());
        assertThat(espLink.ipcpState()).isNotEqualTo(FsmState.OPENED);
        assertThat(sentByEsp()).singleElement().asString().startsWith("[IPCP TermReq ");
        assertThat(esp32.ip).as("IP went down with IPCP").isNull();
        assertThat(espLink.lcpState()).isEqualTo(FsmState.OPENED);
    }
}
