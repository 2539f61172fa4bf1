package dev.esp32ppp.ppp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esp32ppp.esp32.FirmwareProfile;
import java.util.Random;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ESP32's end of the link answering pppd packet by packet, where lwIP's source decides what
 * the field notes show: which options it asks for, which identifiers its packets carry, which
 * answers it ignores.
 */
@Tag("unit")
class PppdDialogueTest {
    private final ManualScheduler clock = new ManualScheduler();
    private final PppLinkTest.Recorder esp32 = new PppLinkTest.Recorder();
    private PppLink link;
    private final PppdScript pppd = new PppdScript(bytes -> link.input(bytes, 0, bytes.length));

    private void lcpOpened(LinkSettings settings, IntSupplier random) {
        link = new PppLink(settings, clock, random, pppd::fromEsp32, esp32);
        link.connect();
        pppd.openLcp();
        assertThat(link.lcpState()).isEqualTo(FsmState.OPENED);
    }

    private void lcpOpened() {
        lcpOpened(FirmwareProfile.IDF3_OFFICIAL.linkSettings(), new Random(5)::nextInt);
    }

    /**
     * MicroPython's network_ppp.c sets usepeerdns: lwIP's first IPCP request asks for name servers
     * too, pppd rejects them, so the request pppd Naks is the second, as in the field notes.
     */
    @Test
    void ipcpAsksForNameServersFirstSoPppdsNakAnswersRequest2AsInTheFieldNotes() {
        lcpOpened();

        pppd.openIpcp();

        assertThat(pppd.sent()).filteredOn(line -> line.startsWith("[IPCP")).containsExactly(
                "[IPCP ConfReq id=0x1 <compress VJ 0f 01> <addr 0.0.0.0> <ms-dns1 0.0.0.0> <ms-dns2 0.0.0.0>]",
                "[IPCP ConfAck id=0x1 <compress VJ 0f 01> <addr 10.0.5.2>]",
                "[IPCP ConfReq id=0x2 <compress VJ 0f 01> <addr 0.0.0.0>]",
                "[IPCP ConfReq id=0x3 <compress VJ 0f 01> <addr 10.0.5.1>]");
        assertThat(esp32.ip).isNotNull();
        assertThat(esp32.ip.localAddress()).isEqualTo(0x0a000501);
    }

    /** A pppd with ms-dns Naks the name servers with its own: lwIP asks for them and takes them. */
    @Test
    void aPppdWithNameServersGivesThemInItsNak() {
        lcpOpened();

        pppd.send(ControlProtocol.IPCP, ControlPacket.CONF_REQ, 1, "03060a000502");
        pppd.send(ControlProtocol.IPCP, ControlPacket.CONF_NAK, 1, "03060a000501 8106c0a81cfe 830608080808");
        pppd.send(ControlProtocol.IPCP, ControlPacket.CONF_ACK, 2, "0206002d0f01 03060a000501 8106c0a81cfe 830608080808");

        assertThat(pppd.sent()).contains(
                "[IPCP ConfReq id=0x2 <compress VJ 0f 01> <addr 10.0.5.1> <ms-dns1 192.168.28.254> <ms-dns2 8.8.8.8>]");
        assertThat(esp32.ip.primaryDns()).isEqualTo(0xc0a81cfe);
    }

    /** lwIP's fsm.c remembers that its request was answered (seen_ack): a second Ack of it is dropped. */
    @Test
    void aDuplicateConfigureAckWhileOpenedIsIgnored() {
        lcpOpened();
        ControlPacket request = pppd.lastSent(ControlProtocol.LCP, ControlPacket.CONF_REQ);
        pppd.sent();

        pppd.send(ControlProtocol.LCP.number(), new ControlPacket(ControlPacket.CONF_ACK, request.id(), request.data()).encode());

        assertThat(link.lcpState()).isEqualTo(FsmState.OPENED);
        assertThat(pppd.sent()).isEmpty();
        assertThat(link.phase()).isEqualTo(LinkPhase.NETWORK);
    }

    /** lwIP has one restart timer setting, which LCP, IPCP and IPV6CP all wait. */
    @ParameterizedTest
    @CsvSource({"IDF3_OFFICIAL, 1000", "PNR5_IPFORWARD, 1500", "LWIP_SOURCE, 6000"})
    void everyAutomatonWaitsTheProfilesOneRestartPeriod(FirmwareProfile profile, long restartMillis) {
        lcpOpened(profile.linkSettings(), new Random(5)::nextInt);
        pppd.sent();

        clock.advance(restartMillis - 1);
        assertThat(pppd.sent()).isEmpty();
        clock.advance(1);
        assertThat(pppd.sent()).extracting(line -> line.substring(0, line.indexOf(" id=")))
                .containsExactlyInAnyOrder("[IPCP ConfReq", "[IPV6CP ConfReq");
    }

    /** lwIP's lcp_sprotrej numbers a Protocol-Reject in LCP's own sequence, after LCP's requests. */
    @Test
    void protocolRejectsTakeTheirIdsFromLcpsSequence() {
        lcpOpened();
        pppd.sent();

        pppd.send(ControlProtocol.CCP, ControlPacket.CONF_REQ, 1, "");
        pppd.send(0x8281, new byte[] {1});

        assertThat(pppd.sent()).containsExactly("[LCP ProtRej id=0x2 80 fd 01 01 00 04]", "[LCP ProtRej id=0x3 82 81 01]");
    }

    /** lwIP's interface identifier: 64 random bits with the universal/local bit (0x02 of octet 0) cleared. */
    @Test
    void ipv6cpAsksForARandomInterfaceIdentifierWithTheUniversalLocalBitCleared() {
        lcpOpened(FirmwareProfile.IDF3_OFFICIAL.linkSettings(), () -> 0xfffffffe);

        ControlPacket request = pppd.lastSent(ControlProtocol.IPV6CP, ControlPacket.CONF_REQ);
        assertThat(request.data()).isEqualTo(PppdScript.hex("010a fdfffffe fffffffe"));
    }
}
