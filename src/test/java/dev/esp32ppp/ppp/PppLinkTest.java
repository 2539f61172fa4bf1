package dev.esp32ppp.ppp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.esp32.FirmwareProfile;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two links in one process, joined back to back, on a clock the test moves. */
@Tag("unit")
class PppLinkTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final Recorder esp32 = new Recorder();
    private final Recorder linux = new Recorder();
    private PppLink espLink;
    private PppLink linuxLink;

    static final class Recorder implements LinkListener {
        final List<LinkPhase> phases = new ArrayList<>();
        final List<String> transitions = new ArrayList<>();
        final List<byte[]> datagrams = new ArrayList<>();
        Ipcp.Result ip;
        final List<LinkEnd> ends = new ArrayList<>();

        @Override
        public void phase(LinkPhase phase) {
            phases.add(phase);
        }

        @Override
        public void transition(String protocol, FsmState from, FsmState to) {
            transitions.add(protocol + " " + from + "->" + to);
        }

        @Override
        public void ipUp(Ipcp.Result result) {
            ip = result;
        }

        @Override
        public void ipDown() {
            ip = null;
        }

        @Override
        public void datagram(byte[] datagram) {
            datagrams.add(datagram);
        }

        @Override
        public void dead(LinkEnd end) {
            ends.add(end);
        }
    }

    private final List<byte[]> sentByEsp = new ArrayList<>();

    private void wire(LinkSettings espSettings, LinkSettings linuxSettings) {
        Random random = new Random(42);
        espLink = new PppLink(espSettings, clock, random::nextInt, bytes -> {
            sentByEsp.add(bytes);
            later(() -> linuxLink.input(bytes, 0, bytes.length));
        }, esp32);
        linuxLink = new PppLink(linuxSettings, clock, random::nextInt,
                bytes -> later(() -> espLink.input(bytes, 0, bytes.length)), linux);
    }

    /** The line takes a millisecond: each end reacts to the other's frames one at a time. */
    private void later(Runnable delivery) {
        clock.schedule(1, delivery);
    }

    @Test
    void twoEndsNegotiateLcpAndIpcpAndCarryDatagrams() {
        LinkSettings settings = FirmwareProfile.IDF3_OFFICIAL.linkSettings();
        wire(settings, settings);
        linuxLink.connect();
        espLink.connect();
        clock.advance(100);

        assertThat(espLink.phase()).isEqualTo(LinkPhase.RUNNING);
        assertThat(linuxLink.phase()).isEqualTo(LinkPhase.RUNNING);
        assertThat(esp32.ip).isNotNull();
        assertThat(esp32.ip.sendVj()).isEqualTo(new Ipcp.VjParameters(15, true));

        byte[] ping = HexFormat.of().parseHex("4500001c00014000400100000a0005010a0005020800f7ff00000000");
        assertThat(espLink.sendDatagram(ping)).isTrue();
        clock.advance(10);
        assertThat(linux.datagrams).singleElement().isEqualTo(ping);
    }

    @Test
    void anEndWithAnAddressForItsPeerNaksTheRequestForZeroWithIt() {
        int linuxAddress = 0x0a000502;
        int espAddress = 0x0a000501;
        LinkSettings settings = FirmwareProfile.IDF3_OFFICIAL.linkSettings();
        wire(settings, settings.withAddresses(linuxAddress, espAddress));
        linuxLink.connect();
        espLink.connect();
        clock.advance(100);

        assertThat(espLink.phase()).isEqualTo(LinkPhase.RUNNING);
        assertThat(esp32.ip.localAddress()).isEqualTo(espAddress);
        assertThat(esp32.ip.peerAddress()).isEqualTo(linuxAddress);
        assertThat(linux.ip.localAddress()).isEqualTo(linuxAddress);
        assertThat(linux.ip.peerAddress()).isEqualTo(espAddress);
    }

    @Test
    void aLoneEndSendsMaxConfigureRequestsAtItsIntervalThenGivesUpForGood() {
        FirmwareProfile profile = FirmwareProfile.PNR5_IPFORWARD;
        wire(profile.linkSettings(), profile.linkSettings());
        espLink.connect();
        clock.advance(profile.windowMillis() - 1);
        assertThat(sentByEsp).hasSize(10);
        assertThat(esp32.ends).isEmpty();

        clock.advance(1);
        assertThat(esp32.ends).containsExactly(LinkEnd.GAVE_UP);
        assertThat(espLink.phase()).isEqualTo(LinkPhase.DEAD);

        // a pppd that starts now is too late: the ESP32 never answers and never retries
        linuxLink.connect();
        clock.advance(60_000);
        assertThat(sentByEsp).hasSize(10);
        assertThat(linux.ip).isNull();
        espLink.connect();
        clock.advance(60_000);
        assertThat(sentByEsp).as("connect() after giving up does nothing").hasSize(10);
    }

    @Test
    void aPeerThatStartsInsideTheWindowConnects() {
        FirmwareProfile profile = FirmwareProfile.IDF3_OFFICIAL;
        wire(profile.linkSettings(), profile.linkSettings());
        // the Linux end is not listening yet: frames to it are lost
        espLink = new PppLink(profile.linkSettings(), clock, new Random(1)::nextInt, bytes -> later(() -> {
            if (linuxLink.phase() != LinkPhase.DEAD) {
                linuxLink.input(bytes, 0, bytes.length);
            }
        }), esp32);
        espLink.connect();
        clock.advance(profile.windowMillis() - 1500);
        linuxLink.connect();
        clock.advance(2000);

        assertThat(esp32.ip).isNotNull();
        assertThat(esp32.ends).isEmpty();
    }

    @Test
    void onceIpv6cpIsUpTheEsp32SolicitsRoutersThreeTimesOnLwipsFourSecondTicks() {
        LinkSettings settings = FirmwareProfile.IDF3_OFFICIAL.linkSettings();
        wire(settings, settings);
        clock.advance(2500); // the stack has been running 2.5 s: its solicitation ticks are at 1 s, 5 s, 9 s, ...
        linuxLink.connect();
        espLink.connect();
        List<Long> solicitedAt = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            clock.advance(100);
            if (ipv6SentByEsp().size() > solicitedAt.size()) {
                solicitedAt.add(clock.nowMillis());
            }
        }

        assertThat(espLink.ipv6cpState()).isEqualTo(FsmState.OPENED);
        assertThat(solicitedAt).containsExactly(5000L, 9000L, 13000L);
        assertThat(ipv6SentByEsp()).allSatisfy(ip -> assertThat(ip).hasSize(56)
                .startsWith(HexFormat.of().parseHex("6000000000103aff")));
    }

    @Test
    void aSolicitationIsWhatLwipSends() {
        // fe80::e5e9:71aa:badb:ebb0 to ff02::2, checksum worked out apart from the model
        assertThat(HexFormat.of().formatHex(RouterSolicitations.datagram(HexFormat.of().parseHex("e5e971aabadbebb0"))))
                .isEqualTo("6000000000103afffe80000000000000e5e971aabadbebb0ff020000000000000000000000000002"
                        + "85007e0d000000000101000000000000");
    }

    @Test
    void noSolicitationsOnceIpv6cpIsGone() {
        LinkSettings settings = FirmwareProfile.IDF3_OFFICIAL.linkSettings();
        wire(settings, settings);
        linuxLink.connect();
        espLink.connect();
        clock.advance(100);
        espLink.close();
        clock.advance(30_000);

        assertThat(ipv6SentByEsp()).isEmpty();
    }

    private List<byte[]> ipv6SentByEsp() {
        List<byte[]> datagrams = new ArrayList<>();
        HdlcDecoder decoder = new HdlcDecoder(2048, frame -> {
            PppPacket packet = PppPacket.parse(frame.content());
            if (frame.fcsOk() && packet != null && packet.protocol() == PppPacket.IPV6) {
                datagrams.add(packet.information());
            }
        });
        sentByEsp.forEach(bytes -> decoder.accept(bytes, 0, bytes.length));
        return datagrams;
    }
}
